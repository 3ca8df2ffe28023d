import { z } from "zod";

import { id, text } from "@/lib/schemas";

/*
 * Q&A and registered interest: the shapes shared by the forms and the API. The acting organisation may be named
 * (a user who acts for several); the policy checks it against the actor's memberships, never trusting the body.
 */

const ZSupplierChoice = id().optional();

export const ZInterestInput = z.object({ tenderId: id(), supplierId: ZSupplierChoice });
export type TInterestInput = z.input<typeof ZInterestInput>;

export const QUESTION_MAX = 4000;
export const ANSWER_MAX = 10_000;

export const ZAskQuestionInput = z.object({
  tenderId: id(),
  supplierId: ZSupplierChoice,
  text: text({ error: "questions.errors.textRequired" }).trim().min(1, "questions.errors.textRequired").max(QUESTION_MAX, "questions.errors.textTooLong"),
});
export type TAskQuestionInput = z.input<typeof ZAskQuestionInput>;

/** The officer's answer and the wording to publish (the question rephrased to remove identifying details). */
export const ZAnswerQuestionInput = z.object({
  questionId: id(),
  publicText: text({ error: "questions.errors.publicTextRequired" }).trim().min(1, "questions.errors.publicTextRequired").max(QUESTION_MAX, "questions.errors.textTooLong"),
  answer: text({ error: "questions.errors.answerRequired" }).trim().min(1, "questions.errors.answerRequired").max(ANSWER_MAX, "questions.errors.answerTooLong"),
});
export type TAnswerQuestionInput = z.input<typeof ZAnswerQuestionInput>;

export const ZPublishAnswerInput = z.object({ questionId: id() });
