import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZAnswerQuestionInput } from "../question-schemas";
import { loadQuestion, lockAnnounced, notOpen } from "../questions/load";

const published = () => new AppError("INVALID_STATE", "questions.errors.alreadyPublished");

/**
 * An officer of the competition's region writes (or rewrites) the answer to a question and the wording it will be
 * published with, while the competition is announced and the answer unpublished. Nothing is public yet.
 */
export const answerQuestion = defineCommand({
  name: "tender.answerQuestion",
  action: "tender.answer_question",
  input: ZAnswerQuestionInput,
  load: ({ tx, input }) => loadQuestion(tx, input.questionId),
  run: async ({ tx, actor, input, now, resource: question }) => {
    if (!(await lockAnnounced(tx, question.tenderId))) throw notOpen(question.tender.status);
    if (question.answer?.publishedAt) throw published();
    if (question.answer) {
      // Guarded: a publication committed meanwhile makes this refuse rather than change a published answer.
      const { count } = await tx.answer.updateMany({
        where: { questionId: question.id, publishedAt: null },
        data: { text: input.answer, answeredById: actor.userId, answeredAt: now },
      });
      if (count !== 1) throw published();
    } else {
      await tx.answer.create({ data: { questionId: question.id, text: input.answer, answeredById: actor.userId, answeredAt: now } });
    }
    await tx.question.update({ where: { id: question.id }, data: { publicText: input.publicText } });
    return {
      data: { id: question.id, tenderId: question.tenderId },
      audit: {
        chain: `tender:${question.tenderId}`, action: "tender.question_answered", entityType: "Question", entityId: question.id,
        before: question.answer ? { answer: question.answer.text, publicText: question.publicText } : undefined,
        after: { answer: input.answer, publicText: input.publicText },
      },
    };
  },
});
