import { loadActor } from "@/lib/auth/actor";
import { fixedClock } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { runCommand, type Command } from "@/lib/mutation";
import type { PolicyResource } from "@/lib/auth/policy";
import {
  amendTender,
  announceTender,
  answerQuestion,
  approveDraft,
  askQuestion,
  createDraft,
  publishAnswer,
  registerInterest,
  submitDraft,
  updateDraft,
  type TUpdateDraftInput,
} from "@/lib/tenders";
import { formatOsloInput } from "@/lib/time";
import type { z } from "zod";

import { at } from "./time";

/*
 * Demo competitions made the way an officer makes them: every step is the real command, run as the demo user who
 * would take it, at a seeded instant. So the demo shows what the commands allow and nothing they would refuse: a
 * draft waiting for its four-eyes approval, and an announced competition with registered interest, a published
 * question and answer, and an amendment that moved the deadline.
 */

type Step = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, email: string, day: number, rawInput: z.input<S>) => Promise<O>;

function stepsOn(db: Db, userIds: Map<string, string>): Step {
  return async (command, email, day, rawInput) => {
    const userId = userIds.get(email);
    const actor = userId ? await loadActor(db, userId) : null;
    if (!actor) throw new Error(`seed: no demo user ${email}`);
    const result = await runCommand(command, { actor, rawInput, db, clock: fixedClock(at(day).toISOString()) });
    if (!result.ok) throw new Error(`seed: ${command.name} as ${email} refused: ${result.error.messageKey} ${JSON.stringify(result.error.details ?? {})}`);
    return result.data;
  };
}

const wall = (day: number, utcHour: number) => formatOsloInput(at(day, utcHour));

type DraftDetails = Omit<TUpdateDraftInput, "tenderId" | "version" | "title">;

const SUNNHORDLAND: DraftDetails = {
  description:
    "Arbeidsrettet rehabilitering for personer med sammensatte helseplager i Sunnhordland og på Voss. Tett samarbeid med fastlege, arbeidsgivere og Nav-kontorene i distriktet.",
  estimatedValue: "11 400 000",
  optionModel: "2+1+1",
  questionDeadline: "",
  deadline: "",
  priceWeight: "30",
  quality: [
    { name: "Metode og tilrettelegging", description: "Hvordan tiltaket bygger arbeidsevne steg for steg.", weight: "25" },
    { name: "Personalets kompetanse", description: "Tverrfaglig bemanning og veiledning.", weight: "20" },
    { name: "Samarbeid med arbeidsgivere og lokalt arbeidsliv", description: "", weight: "15" },
    { name: "Brukermedvirkning", description: "", weight: "10" },
  ],
  lots: [{ title: "Sunnhordland og Voss", places: 18, continuousIntake: true, coverage: "region" }],
  requirements: [{ requirement: "Godkjent som virksomhet med helsepersonell etter helsepersonelloven.", documentation: "Egenerklæring og oversikt over fagpersonell.", espdCode: "authorisation" }],
};

/** A function: the deadlines are read off the seed anchor, which is set when the seed runs. */
const osloYouth = (): DraftDetails => ({
  description:
    "Avklaring for unge mellom 18 og 30 år med sammensatte behov: kartlegging i reelle arbeidssituasjoner, med tett oppfølging og samarbeid med bydelene.",
  estimatedValue: "9 800 000",
  optionModel: "2+1",
  priceWeight: "30",
  quality: [
    { name: "Metode for kartlegging i arbeid", description: "", weight: "30" },
    { name: "Personalets kompetanse", description: "", weight: "20" },
    { name: "Samarbeid med arbeidsgivere", description: "", weight: "10" },
    { name: "Brukermedvirkning", description: "", weight: "10" },
  ],
  lots: [{ title: "Hele Oslo", places: 30, continuousIntake: true, coverage: "region" }],
  requirements: [{ requirement: "Erfaring med avklaring eller oppfølging av unge.", documentation: "Referanser fra de siste tre årene.", espdCode: "service-perform" }],
  // The form's values as typed: an announcement needs deadlines at least the minimum time limit ahead.
  questionDeadline: wall(12, 11),
  deadline: wall(20, 11),
});

/** Seeds the command-made competitions once (by title); returns how many were made. */
export async function seedThroughCommands(db: Db, userIds: Map<string, string>, regionIds: Map<string, string>, measureIds: Map<string, string>): Promise<number> {
  const step = stepsOn(db, userIds);
  let made = 0;

  const vestland = "Arbeidsrettet rehabilitering i Sunnhordland og på Voss";
  if (!(await db.tender.findFirst({ where: { title: vestland } }))) {
    const draft = await step(createDraft, "innkjoper.vestland@nav.no", -4, { measureTypeId: measureIds.get("ARBEIDSRETTET_REHABILITERING")!, regionId: regionIds.get("1200")!, title: vestland });
    await step(updateDraft, "innkjoper.vestland@nav.no", -4, { ...SUNNHORDLAND, tenderId: draft.id, version: 0, title: vestland, questionDeadline: wall(30, 11), deadline: wall(45, 11) });
    await step(submitDraft, "innkjoper.vestland@nav.no", -3, { tenderId: draft.id, version: 1 });
    made++;
  }

  const oslo = "Avklaring for unge med sammensatte behov i Oslo";
  if (!(await db.tender.findFirst({ where: { title: oslo } }))) {
    const officer = "innkjoper.oslo@nav.no";
    const supplier = "post@jobbveien.no";
    const draft = await step(createDraft, officer, -20, { measureTypeId: measureIds.get("AVKLARING")!, regionId: regionIds.get("0300")!, title: oslo });
    await step(updateDraft, officer, -20, { ...osloYouth(), tenderId: draft.id, version: 0, title: oslo });
    await step(submitDraft, officer, -19, { tenderId: draft.id, version: 1 });
    await step(approveDraft, "leder.oslo@nav.no", -18, { tenderId: draft.id, version: 2 });
    await step(announceTender, officer, -17, { tenderId: draft.id, version: 3 });
    await step(registerInterest, supplier, -15, { tenderId: draft.id });
    const question = await step(askQuestion, supplier, -10, {
      tenderId: draft.id,
      text: "Vi i Jobbveien lurer på om deltakere kan starte fortløpende, eller om det er faste oppstartsdatoer?",
    });
    await step(answerQuestion, officer, -9, {
      questionId: question.id,
      publicText: "Kan deltakere starte fortløpende, eller er det faste oppstartsdatoer?",
      answer: "Inntaket er løpende: Nav-kontoret melder på deltakere gjennom hele avtaleperioden, og oppstart skal skje innen ti virkedager.",
    });
    await step(publishAnswer, officer, -9, { questionId: question.id });
    const announced = await db.tender.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true } });
    await step(amendTender, officer, -6, {
      tenderId: draft.id,
      version: announced.version,
      reason: "Tilbudsfristen forlenges én uke etter ønske fra flere leverandører, som trenger tid til å inngå samarbeidsavtaler med arbeidsgivere.",
      deadline: wall(27, 11),
    });
    made++;
  }
  return made;
}
