import { Heading } from "@navikt/ds-react";

import { dialoguePhase } from "@/lib/dialogues/status";
import type { Locale, Translate } from "@/lib/i18n";

import { DialoguesTable, type DialogueRow } from "./dialogues-table";

/** The supplier portal's list of market dialogues open for answers, each linking to the answer page. */
export function OpenDialoguesSection({ dialogues, href, now, locale, t }: { dialogues: DialogueRow[]; href: (id: string) => string; now: Date; locale: Locale; t: Translate }) {
  const open = dialogues.filter((dialogue) => dialoguePhase(dialogue, now) === "OPEN");
  return (
    <section aria-labelledby="open-dialogues">
      <Heading level="2" size="medium" spacing id="open-dialogues">
        {t("dialogue.portalSection")}
      </Heading>
      <DialoguesTable dialogues={open} href={href} caption={t("dialogue.portalSection")} emptyText={t("dialogue.portalEmpty")} now={now} locale={locale} t={t} />
    </section>
  );
}
