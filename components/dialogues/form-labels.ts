import type { Translate } from "@/lib/i18n";

import type { DialogueFormLabels } from "./dialogue-form";
import type { ResponseFormLabels } from "./response-form";

/** The dialogue form's labels in the page's language (server side; the form is a client component). */
export function dialogueFormLabels(t: Translate, submit: string): DialogueFormLabels {
  const key = (name: string) => t(`dialogue.${name}`);
  return {
    title: key("title"), description: key("description"), descriptionHelp: key("descriptionHelp"), measureType: key("measureType"),
    chooseMeasureType: key("chooseMeasureType"), region: key("region"), chooseRegion: key("chooseRegion"), meetingAt: key("meetingAt"),
    meetingAtHelp: key("meetingAtHelp"), meetingPlace: key("meetingPlace"), responseDeadline: key("responseDeadline"), timeHelp: key("timeHelp"),
    plannedAnnouncement: key("plannedAnnouncement"), plannedAnnouncementHelp: key("plannedAnnouncementHelp"), submit, eventId: t("admin.eventId"),
  };
}

export function responseFormLabels(t: Translate, maxLength: number): ResponseFormLabels {
  return {
    supplier: t("dialogue.supplier"), answer: t("dialogue.answer"), answerHelp: t("dialogue.answerHelp", { max: maxLength }),
    registerInterest: t("dialogue.registerInterest"), send: t("dialogue.send"), update: t("dialogue.update"), eventId: t("admin.eventId"),
  };
}
