import type { Tx } from "@/lib/db";
import { must } from "../lookup";
import { seedBase } from "../time";
import { reached } from "./stage";
import type { SeedContext, SeedTender } from "./types";

const QA = [
  {
    q: "Skal deltakerne starte løpende, eller er det faste oppstartsdatoer?",
    a: "Oppstart er løpende. Nav-kontorene melder inn deltakere fortløpende innenfor avtalt antall plasser.",
  },
  {
    q: "Må tiltaksarrangøren ha lokaler i hver kommune som delkontrakten dekker?",
    a: "Nei. Lokalene skal ligge innenfor 45 minutters reisetid med kollektivtransport fra kommunesenteret.",
  },
  {
    q: "Hvordan faktureres en måned der deltakeren avslutter tiltaket før månedsslutt?",
    a: "Prisen gjelder per månedsverk. Påbegynte måneder faktureres forholdsmessig per dag, jf. kontraktsvilkårene punkt 5.",
  },
];

const DAY = 24 * 60 * 60 * 1000;
const plus = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/** Questions from the demo supplier users; answers are published anonymised. The newest question is still open. */
export async function createQuestions(tx: Tx, context: SeedContext, { spec, tenderId, time }: SeedTender, officerId: string) {
  if (!reached(spec.status, "ANNOUNCED")) return;
  const askers = spec.region === "1200" ? ["post@bergeninkludering.no"] : ["post@jobbveien.no", "post@arbeidsglede.no"];
  const supplierOf = { "post@bergeninkludering.no": "bergeninkludering.no", "post@jobbveien.no": "jobbveien.no", "post@arbeidsglede.no": "arbeidsglede.no" };
  const asked = QA.map((item, index) => ({ ...item, index, askedAt: plus(time.announcedAt, 4 + index * 5) })).filter(
    (item) => item.askedAt <= seedBase(),
  );
  let published = 0;
  for (const { q, a, index, askedAt } of asked) {
    const email = askers[index % askers.length] as keyof typeof supplierOf;
    const open = spec.status === "ANNOUNCED" && index === asked.length - 1;
    // As publishAnswer leaves them: the published wording and its number, 1, 2, … in order of publication.
    const publication = open ? {} : { publicText: q, publicNumber: ++published };
    await tx.question.create({
      data: {
        tenderId,
        supplierId: must(context.supplierIds, supplierOf[email], "supplier"),
        askedById: must(context.userIds, email, "user"),
        text: q,
        askedAt,
        ...publication,
        answer: open ? undefined : { create: { text: a, answeredById: officerId, answeredAt: plus(askedAt, 2), publishedAt: plus(askedAt, 2) } },
      },
    });
  }
}

/** Corrections (rettelser): one that extends the deadline of an open competition, one clarification later on. */
export async function createAmendments(tx: Tx, { spec, tenderId, time }: SeedTender, officerId: string) {
  if (spec.reference === "2026/0121") {
    const previous = plus(time.deadline, -7);
    await tx.amendment.create({
      data: {
        tenderId,
        number: 1,
        summary: "Rettelse 1: Tilbudsfristen er forlenget med sju dager, og antall plasser er økt fra 40 til 45.",
        changes: { deadline: { from: previous.toISOString(), to: time.deadline.toISOString() }, lots: [{ number: 1, places: { from: 40, to: 45 } }] },
        newDeadline: time.deadline,
        createdById: officerId,
        publishedAt: plus(time.announcedAt, 6),
      },
    });
  }
  if (spec.reference === "2026/0104") {
    await tx.amendment.create({
      data: {
        tenderId,
        number: 1,
        summary: "Rettelse 1: Presisering av kravet til økonomisk kapasitet – kredittvurdering kan erstattes av bankgaranti.",
        changes: { qualification: { economicCapacity: "Kredittvurdering eller bankgaranti" } },
        createdById: officerId,
        publishedAt: plus(time.announcedAt, 8),
      },
    });
  }
}
