import { createHash } from "node:crypto";

import { NAV_ORGANISATION, type NoticeDialogue } from "@/lib/notices";
import { portalDialogue, publicDialogue } from "@/lib/routes";

import type { PublishedDialogue } from "./queries/published-dialogues";

/** A stable UUID from a name (the same dialogue and version always give the same notice id). */
function uuidFrom(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A published dialogue as the E1 notice's input; `baseUrl` is the public URL its page and the portal are reached at. */
export function e1InputFor(dialogue: PublishedDialogue & { publishedAt: Date }, baseUrl: string): NoticeDialogue {
  return {
    notice: { id: uuidFrom(`dialogue-notice:${dialogue.id}:${dialogue.version}`), version: 1, issuedAt: dialogue.publishedAt },
    reference: dialogue.reference,
    title: dialogue.title,
    description: dialogue.description,
    measureType: { code: dialogue.measureType.code, nameNb: dialogue.measureType.nameNb },
    responseDeadline: dialogue.responseDeadline,
    meeting: dialogue.meetingAt ? { at: dialogue.meetingAt, place: dialogue.meetingPlace ?? "" } : null,
    plannedAnnouncement: dialogue.plannedAnnouncement?.toISOString().slice(0, 10) ?? null,
    documentsUrl: `${baseUrl}${publicDialogue(dialogue.id)}`,
    responseUrl: `${baseUrl}${portalDialogue(dialogue.id)}`,
    buyer: {
      organisationName: NAV_ORGANISATION.name,
      organisationNumber: NAV_ORGANISATION.organisationNumber,
      regionName: dialogue.region.name,
      city: dialogue.region.seat,
      contactEmail: "anskaffelser@nav.no",
      websiteUrl: baseUrl,
    },
  };
}
