import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { publicNotice } from "@/lib/routes";

import { followersOf } from "../followers";
import { ZPublishAnswerInput } from "../question-schemas";
import { loadQuestion, lockAnnouncedForUpdate, notOpen } from "../questions/load";

/**
 * An officer of the region publishes a question (in its public wording) and its answer to everyone, numbered in order
 * of publication (equal treatment: the same information to all, the asker never named). Every organisation that
 * follows the competition, and the one that asked, is told once: a link and the reference, no content.
 */
export const publishAnswer = defineCommand({
  name: "tender.publishAnswer",
  action: "tender.answer_question",
  input: ZPublishAnswerInput,
  load: ({ tx, input }) => loadQuestion(tx, input.questionId),
  run: async ({ tx, now, resource: question }) => {
    // The exclusive lock serialises publications on one competition, so numbers are taken one at a time.
    if (!(await lockAnnouncedForUpdate(tx, question.tenderId))) throw notOpen(question.tender.status);
    if (!question.answer || question.publicText === null) throw new AppError("INVALID_STATE", "questions.errors.noAnswer");
    const { count } = await tx.answer.updateMany({ where: { questionId: question.id, publishedAt: null }, data: { publishedAt: now } });
    if (count !== 1) throw new AppError("INVALID_STATE", "questions.errors.alreadyPublished");
    const last = await tx.question.aggregate({ where: { tenderId: question.tenderId }, _max: { publicNumber: true } });
    const number = (last._max.publicNumber ?? 0) + 1;
    await tx.question.update({ where: { id: question.id }, data: { publicNumber: number } });
    const followers = new Set(await followersOf(tx, question.tenderId));
    if (question.supplierId) followers.add(question.supplierId);
    return {
      data: { id: question.id, tenderId: question.tenderId, number },
      audit: { chain: `tender:${question.tenderId}`, action: "tender.answer_published", entityType: "Question", entityId: question.id, after: { number, publicText: question.publicText, answer: question.answer.text } },
      notify: [...followers].sort().map((supplierId) => ({
        to: { supplierId },
        template: "tender.question-answered" as const,
        params: { path: publicNotice(question.tenderId), reference: question.tender.reference, number },
      })),
    };
  },
});
