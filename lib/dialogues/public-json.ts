import { publicNotice } from "@/lib/routes";

import type { PublishedDialogue } from "./queries/published-dialogues";
import { dialoguePhase } from "./status";

/** The public JSON of a market dialogue: instants in ISO UTC, the planned announcement as a date; never its answers. */
export function publicDialogueJson(dialogue: PublishedDialogue, now: Date) {
  const announced = dialogue.tender?.announcedAt ? dialogue.tender : null;
  return {
    id: dialogue.id,
    reference: dialogue.reference,
    title: dialogue.title,
    description: dialogue.description,
    phase: dialoguePhase(dialogue, now),
    region: dialogue.region.name,
    measureType: { code: dialogue.measureType.code, nb: dialogue.measureType.nameNb, en: dialogue.measureType.nameEn },
    meeting: dialogue.meetingAt ? { at: dialogue.meetingAt.toISOString(), place: dialogue.meetingPlace ?? "" } : null,
    responseDeadline: dialogue.responseDeadline.toISOString(),
    plannedAnnouncement: dialogue.plannedAnnouncement?.toISOString().slice(0, 10) ?? null,
    publishedAt: dialogue.publishedAt?.toISOString() ?? null,
    tender: announced ? { id: announced.id, reference: announced.reference, path: publicNotice(announced.id) } : null,
  };
}
