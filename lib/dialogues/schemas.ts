import { z } from "zod";

import { id, text, ZCheckbox } from "@/lib/schemas";
import { formatOslo, tryParseOslo } from "@/lib/time";

/*
 * The shapes of a market dialogue, shared by the forms and the API. Times are typed "dd.mm.åååå tt:mm" Oslo time
 * (lib/time); the planned announcement is a calendar date "dd.mm.åååå".
 */

export const RESPONSE_MAX_LENGTH = 4000;

/** "dd.mm.åååå tt:mm" Oslo time; empty → null (optional) or the `required` message. */
const osloInstant = (required?: string) =>
  text()
    .trim()
    .transform((value, ctx): Date | null => {
      if (value === "") {
        if (required) ctx.addIssue({ code: "custom", message: required });
        return required ? z.NEVER : null;
      }
      const parsed = tryParseOslo(value);
      if (parsed.ok) return parsed.instant;
      ctx.addIssue({ code: "custom", message: `errors.time.${parsed.reason}` });
      return z.NEVER;
    });

const DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** "dd.mm.åååå" → the calendar date as UTC midnight (a `@db.Date`); empty → null. */
const osloDate = text()
  .trim()
  .transform((value, ctx): Date | null => {
    if (value === "") return null;
    const match = DATE.exec(value);
    const [day, month, year] = match ? (match.slice(1).map(Number) as [number, number, number]) : [0, 0, 0];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (!match || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      ctx.addIssue({ code: "custom", message: "dialogue.errors.dateFormat" });
      return z.NEVER;
    }
    return date;
  });

const fields = {
  title: text({ error: "errors.field.titleRequired" }).trim().min(3, "errors.field.titleTooShort").max(200, "errors.field.titleTooLong"),
  description: text({ error: "dialogue.errors.descriptionRequired" }).trim().min(1, "dialogue.errors.descriptionRequired").max(20_000, "errors.field.descriptionTooLong"),
  measureTypeId: id(),
  meetingAt: osloInstant().prefault(""),
  meetingPlace: text().trim().max(500, "dialogue.errors.meetingPlaceTooLong").default(""),
  responseDeadline: osloInstant("dialogue.errors.responseDeadlineRequired"),
  plannedAnnouncement: osloDate.prefault(""),
};

type Fields = { meetingAt: Date | null; meetingPlace: string; responseDeadline: Date | null; plannedAnnouncement: Date | null };

/** A meeting has both a time and a place; it and the planned announcement fit around the response deadline. */
function checkTimes(value: Fields, ctx: z.RefinementCtx): void {
  if (value.meetingAt && value.meetingPlace === "") ctx.addIssue({ code: "custom", path: ["meetingPlace"], message: "dialogue.errors.meetingPlaceRequired" });
  if (!value.meetingAt && value.meetingPlace !== "") ctx.addIssue({ code: "custom", path: ["meetingAt"], message: "dialogue.errors.meetingAtRequired" });
  if (value.meetingAt && value.responseDeadline && value.meetingAt > value.responseDeadline) {
    ctx.addIssue({ code: "custom", path: ["meetingAt"], message: "dialogue.errors.meetingAfterDeadline" });
  }
  // The competition is announced after the answers are in: no earlier than the deadline's Oslo calendar day.
  if (value.plannedAnnouncement && value.responseDeadline && value.plannedAnnouncement.toISOString().slice(0, 10) < formatOslo(value.responseDeadline, "yyyy-MM-dd")) {
    ctx.addIssue({ code: "custom", path: ["plannedAnnouncement"], message: "dialogue.errors.plannedBeforeDeadline" });
  }
}

export const ZCreateDialogueInput = z.object({ ...fields, regionId: id() }).superRefine(checkTimes);
export type TCreateDialogueInput = z.input<typeof ZCreateDialogueInput>;

/** A draft's fields again, from the version the officer saw (region stays: it is the dialogue's tenancy). */
export const ZUpdateDialogueInput = z.object({ ...fields, dialogueId: id(), version: z.coerce.number().int().min(0) }).superRefine(checkTimes);
export type TUpdateDialogueInput = z.input<typeof ZUpdateDialogueInput>;

export const ZDialogueStepInput = z.object({ dialogueId: id(), version: z.coerce.number().int().min(0) });

export const ZDialogueIdParam = z.object({ id: id() });


/** A supplier's answer for one of its organisations; `interested` registers interest in the coming competition. */
export const ZRespondInput = z.object({
  dialogueId: id(),
  supplierId: id(),
  text: text({ error: "dialogue.errors.responseRequired" }).trim().min(1, "dialogue.errors.responseRequired").max(RESPONSE_MAX_LENGTH, "dialogue.errors.responseTooLong"),
  interested: ZCheckbox.default(false),
});
export type TRespondInput = z.input<typeof ZRespondInput>;
