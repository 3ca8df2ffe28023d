import { defineListQuery, noInput, scopeWhere } from "@/lib/query";

/** The latest ten questions the supplier user's organisations asked, newest first, with their state (waiting or published as no. N). */
export const listMyQuestions = defineListQuery({
  name: "tenders.listMyQuestions",
  action: "question.read_own",
  input: noInput,
  load: ({ db, scope }) =>
    db.question.findMany({
      where: scopeWhere(scope),
      orderBy: { askedAt: "desc" },
      take: 10,
      select: {
        id: true, supplierId: true, text: true, askedAt: true, publicNumber: true,
        tender: { select: { id: true, reference: true, title: true } },
        answer: { select: { publishedAt: true } },
      },
    }),
});

export type MyQuestion = Awaited<ReturnType<typeof listMyQuestions.load>>[number];
