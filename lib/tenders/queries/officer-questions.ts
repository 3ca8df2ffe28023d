import { defineDetailQuery } from "@/lib/query";

import { ZTenderIdParam } from "../schemas";

/** Every question on a competition as its officers see it: who asked (organisation and user), the answer and its state. */
export const getTenderQuestions = defineDetailQuery({
  name: "tenders.getQuestions",
  action: "tender.read",
  input: ZTenderIdParam,
  load: ({ db, input }) =>
    db.tender.findUnique({
      where: { id: input.id },
      select: {
        id: true, regionId: true, status: true, questionDeadline: true,
        questions: {
          orderBy: { askedAt: "asc" },
          select: {
            id: true, text: true, askedAt: true, publicText: true, publicNumber: true,
            supplier: { select: { name: true } },
            askedBy: { select: { name: true } },
            answer: { select: { text: true, answeredAt: true, publishedAt: true, answeredBy: { select: { name: true } } } },
          },
        },
      },
    }),
});

export type OfficerQuestions = NonNullable<Awaited<ReturnType<typeof getTenderQuestions.load>>>;
export type OfficerQuestion = OfficerQuestions["questions"][number];
