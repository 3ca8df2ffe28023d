import { BodyShort } from "@navikt/ds-react";
import type { ReactNode } from "react";

import { FactList } from "@/components/admin/fact-list";
import type { DialoguePhase } from "@/lib/dialogues/status";
import type { Locale, Translate } from "@/lib/i18n";
import { formatOsloDateTime } from "@/lib/time";

export interface DialogueFactsData {
  reference: string;
  region: { name: string };
  measureType: { nameNb: string; nameEn: string };
  meetingAt: Date | null;
  meetingPlace: string | null;
  responseDeadline: Date;
  plannedAnnouncement: Date | null;
}

const isLink = (value: string) => /^https?:\/\/\S+$/.test(value);

/** Who buys, what, the meeting (a link when the place is one), the deadline in Oslo time with the days left, the plan. */
export function DialogueFacts({ dialogue, phase, now, locale, t }: { dialogue: DialogueFactsData; phase: DialoguePhase; now: Date; locale: Locale; t: Translate }) {
  const at = formatOsloDateTime(dialogue.responseDeadline, locale);
  const days = Math.ceil((dialogue.responseDeadline.getTime() - now.getTime()) / 86_400_000);
  const deadline = phase !== "OPEN" ? at : days > 1 ? t("dialogue.deadlineLeft", { at, days }) : t("dialogue.deadlineToday", { at });
  const place = dialogue.meetingPlace ?? "";
  const fact = (term: string, value: ReactNode) => ({ term, value: <BodyShort as="span">{value}</BodyShort> });
  const planned = dialogue.plannedAnnouncement ? dialogue.plannedAnnouncement.toISOString().slice(0, 10).split("-").reverse().join(".") : t("dialogue.notPlanned");
  return (
    <FactList
      items={[
        fact(t("dialogue.reference"), dialogue.reference),
        fact(t("dialogue.status"), t(`dialoguePhase.${phase}`)),
        fact(t("dialogue.buyer"), `Arbeids- og velferdsetaten, ${dialogue.region.name}`),
        fact(t("dialogue.measureType"), locale === "en" ? dialogue.measureType.nameEn : dialogue.measureType.nameNb),
        fact(
          t("dialogue.meeting"),
          dialogue.meetingAt ? (
            <>
              {`${formatOsloDateTime(dialogue.meetingAt, locale)}, `}
              {isLink(place) ? (
                <a className="aksel-link" href={place} style={{ overflowWrap: "anywhere" }}>
                  {place}
                </a>
              ) : (
                place
              )}
            </>
          ) : (
            t("dialogue.noMeeting")
          ),
        ),
        fact(t("dialogue.responseDeadline"), deadline),
        fact(t("dialogue.planned"), planned),
      ]}
    />
  );
}
