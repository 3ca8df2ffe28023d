import { randomUUID } from "node:crypto";

import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { officerTender } from "@/lib/routes";
import { formatOsloDateTime } from "@/lib/time";

import { questionsRefusal } from "../preconditions";
import { ZAskQuestionInput } from "../question-schemas";
import { loadForSupplier, notOpen } from "../questions/load";
import { questionRecipients } from "../questions/officers";

/**
 * A supplier user asks a question on an announced competition for its organisation. The question deadline and the
 * state are judged in the insert itself (INSERT … SELECT … WHERE status = ANNOUNCED AND questionDeadline > now,
 * locking the competition row): no gap between a check and the write, and a cancellation in between is seen.
 * `now` is the command's one clock instant, so the time judged is the time stored. The asker is known to the
 * officers only; the officers of the region hear of it (the drafter, or every officer when the drafter is gone).
 */
export const askQuestion = defineCommand({
  name: "tender.askQuestion",
  action: "question.ask",
  input: ZAskQuestionInput,
  load: ({ tx, actor, input }) => loadForSupplier(tx, actor, input.tenderId, input.supplierId),
  run: async ({ tx, actor, input, now, resource: tender }) => {
    const id = randomUUID();
    const supplierId = tender.supplierId!;
    const inserted = await tx.$executeRaw`
      INSERT INTO "Question" ("id", "tenderId", "supplierId", "askedById", "text", "askedAt")
      SELECT ${id}, t."id", ${supplierId}, ${actor.userId}, ${input.text}, ${now}
      FROM "Tender" t
      WHERE t."id" = ${tender.id} AND t."status" = 'ANNOUNCED' AND t."questionDeadline" > ${now}
      FOR SHARE`;
    if (inserted !== 1) {
      // Why not: read the row as it is now (a cancellation may have committed while we waited for it).
      const current = await tx.tender.findUniqueOrThrow({ where: { id: tender.id }, select: { status: true, questionDeadline: true } });
      if (questionsRefusal(current, now) === "notOpen") throw notOpen(current.status);
      const deadline = current.questionDeadline;
      throw new AppError("DEADLINE_PASSED", "questions.errors.deadlinePassed", {
        messageParams: { at: deadline ? formatOsloDateTime(deadline, actor.locale) : "–" },
      });
    }
    const officers = await questionRecipients(tx, tender);
    return {
      data: { id, tenderId: tender.id },
      audit: { chain: `tender:${tender.id}`, action: "tender.question_asked", entityType: "Question", entityId: id, after: { supplierId, askedById: actor.userId } },
      notify: officers.map((userId) => ({
        to: { userId },
        template: "tender.question-asked" as const,
        params: { path: officerTender(tender.id), reference: tender.reference },
      })),
    };
  },
});
