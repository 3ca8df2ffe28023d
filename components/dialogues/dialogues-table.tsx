import { AppLink } from "@/components/common/app-link";
import { SimpleTable } from "@/components/common/simple-table";
import { dialoguePhase } from "@/lib/dialogues/status";
import type { Locale, Translate } from "@/lib/i18n";
import { formatOsloDateTime } from "@/lib/time";

export interface DialogueRow {
  id: string;
  reference: string;
  title: string;
  status: "DRAFT" | "PUBLISHED" | "CONVERTED";
  responseDeadline: Date;
  region: { name: string };
  measureType?: { nameNb: string; nameEn: string };
  _count?: { responses: number };
}

/** Market dialogues as a table: the public list (with measure) or the officer's (with the number of answers). */
export function DialoguesTable({ dialogues, href, caption, emptyText, now, locale, t }: { dialogues: DialogueRow[]; href: (id: string) => string; caption: string; emptyText: string; now: Date; locale: Locale; t: Translate }) {
  const officer = dialogues.some((dialogue) => dialogue._count !== undefined);
  return (
    <SimpleTable
      caption={caption}
      columns={[t("dialogue.title"), t("dialogue.reference"), officer ? t("dialogue.status") : t("dialogue.measureType"), t("dialogue.region"), t("dialogue.responseDeadline"), officer ? t("dialogue.responses") : t("dialogue.status")]}
      emptyText={emptyText}
      rows={dialogues.map((dialogue) => ({
        key: dialogue.id,
        cells: [
          <AppLink key="title" href={href(dialogue.id)}>
            {dialogue.title}
          </AppLink>,
          dialogue.reference,
          officer || !dialogue.measureType ? t(`dialoguePhase.${dialoguePhase(dialogue, now)}`) : locale === "en" ? dialogue.measureType.nameEn : dialogue.measureType.nameNb,
          dialogue.region.name,
          formatOsloDateTime(dialogue.responseDeadline, locale),
          officer ? String(dialogue._count?.responses ?? 0) : t(`dialoguePhase.${dialoguePhase(dialogue, now)}`),
        ],
      }))}
    />
  );
}
