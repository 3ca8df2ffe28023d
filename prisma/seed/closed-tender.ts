import { loadActor } from "@/lib/auth/actor";
import { submitBid } from "@/lib/bids";
import { EXCLUSION_GROUNDS } from "@/lib/bids/espd";
import { bidSpecOf } from "@/lib/bids/load";
import { fixedClock } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { runCommand, type Command } from "@/lib/mutation";
import type { PolicyResource } from "@/lib/auth/policy";
import { announceTender, approveDraft, createDraft, submitDraft, updateDraft } from "@/lib/tenders";
import { formatOsloInput } from "@/lib/time";
import type { z } from "zod";

import { at } from "./time";

/*
 * A competition whose bid deadline has passed (two days before the seed anchor), with three sealed bids from three
 * organisations, each submitted through the real submitBid command at a seeded instant: ready for opening by two
 * people (issue 11). Everything is a command run as the demo user who would take the step.
 */
export const CLOSED_TENDER_TITLE = "Oppfølging av arbeidssøkere i Groruddalen";
/** A second closed competition, so the e2e lifecycle journey and the opening spec each open their own. */
export const JOURNEY_TENDER_TITLE = "Oppfølging av arbeidssøkere i Søndre Nordstrand";
export const CLOSED_TENDER_TITLES = [CLOSED_TENDER_TITLE, JOURNEY_TENDER_TITLE] as const;
/** Each competition's lot and where in Oslo it is: the journey's must not read "Groruddalen" too. */
const AREAS: Record<string, { lot: string; districts: string }> = {
  [CLOSED_TENDER_TITLE]: { lot: "Groruddalen", districts: "i bydelene Alna, Bjerke, Grorud og Stovner" },
  [JOURNEY_TENDER_TITLE]: { lot: "Søndre Nordstrand", districts: "i bydel Søndre Nordstrand" },
};

const OFFICER = "innkjoper.oslo@nav.no";
const BIDDERS = [
  { email: "post@jobbveien.no", day: -9, price: "19 800", note: "Jobbveien" },
  { email: "post@arbeidsglede.no", day: -6, price: "21 450", note: "Arbeidsglede" },
  { email: "post@bergeninkludering.no", day: -4, price: "18 900", note: "Bergen Arbeidsinkludering" },
] as const;

const wall = (day: number) => formatOsloInput(at(day, 11));

type Step = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, email: string, day: number, rawInput: z.input<S>) => Promise<O>;

function stepsOn(db: Db, userIds: Map<string, string>): Step {
  return async (command, email, day, rawInput) => {
    const actor = userIds.has(email) ? await loadActor(db, userIds.get(email)!) : null;
    if (!actor) throw new Error(`seed: no demo user ${email}`);
    const result = await runCommand(command, { actor, rawInput, db, clock: fixedClock(at(day).toISOString()) });
    if (!result.ok) throw new Error(`seed: ${command.name} as ${email} refused: ${result.error.messageKey} ${JSON.stringify(result.error.details ?? {})}`);
    return result.data;
  };
}

/** Seeds the closed competition once (by title); returns 1 when made. */
export async function seedClosedTender(db: Db, userIds: Map<string, string>, regionIds: Map<string, string>, measureIds: Map<string, string>, title: string = CLOSED_TENDER_TITLE): Promise<number> {
  if (await db.tender.findFirst({ where: { title } })) return 0;
  const area = AREAS[title] ?? AREAS[CLOSED_TENDER_TITLE]!;
  const step = stepsOn(db, userIds);
  const draft = await step(createDraft, OFFICER, -60, { measureTypeId: measureIds.get("OPPFOLGING")!, regionId: regionIds.get("0300")!, title });
  await step(updateDraft, OFFICER, -60, {
    tenderId: draft.id,
    version: 0,
    title,
    description: `Oppfølging av arbeidssøkere med behov for tett bistand ${area.districts}, i samarbeid med lokale arbeidsgivere.`,
    estimatedValue: "8 600 000",
    optionModel: "2+1",
    priceWeight: "40",
    quality: [
      { name: "Metode for oppfølging", description: "Hvordan deltakeren følges tett mot arbeid.", weight: "35" },
      { name: "Samarbeid med arbeidsgivere", description: "", weight: "25" },
    ],
    lots: [{ title: area.lot, places: 24, continuousIntake: true, coverage: "region" }],
    requirements: [
      { requirement: "Erfaring med oppfølging av arbeidssøkere de siste tre årene.", documentation: "Referanser." },
      { requirement: "Skatteattest som ikke er eldre enn seks måneder.", documentation: "Skatteattest." },
    ],
    questionDeadline: wall(-20),
    deadline: wall(-2),
  });
  await step(submitDraft, OFFICER, -59, { tenderId: draft.id, version: 1 });
  await step(approveDraft, "leder.oslo@nav.no", -58, { tenderId: draft.id, version: 2 });
  await step(announceTender, OFFICER, -57, { tenderId: draft.id, version: 3 });
  const tender = await db.tender.findUniqueOrThrow({
    where: { id: draft.id },
    include: { lots: { orderBy: { number: "asc" } }, criteria: { orderBy: { position: "asc" } }, requirements: { orderBy: { position: "asc" } } },
  });
  const spec = bidSpecOf(tender);
  for (const bidder of BIDDERS) {
    await step(submitBid, bidder.email, bidder.day, {
      tenderId: tender.id,
      lots: spec.lots.map((lot) => ({ lotId: lot.id, selected: true, price: bidder.price })),
      quality: spec.criteria.map((criterion) => ({ criterionId: criterion.id, answer: `${bidder.note}: vår tilnærming til «${criterion.name}» bygger på fast kontaktperson, ukentlige møter og tett dialog med arbeidsgivere.` })),
      requirements: spec.requirements.map((requirement) => ({ requirementId: requirement.id, met: true, comment: "Se vedlagte referanser." })),
      exclusions: EXCLUSION_GROUNDS.map((code) => ({ code, applies: false, comment: "" })),
    });
  }
  return 1;
}
