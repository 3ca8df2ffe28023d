import type { z } from "zod";

import { loadActor } from "@/lib/auth/actor";
import type { PolicyResource } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { convertDialogue, createDialogue, publishDialogue, respondToDialogue } from "@/lib/dialogues";
import { runCommand, type Command } from "@/lib/mutation";
import { formatOsloInput } from "@/lib/time";

import { must } from "./lookup";
import type { SeedContext } from "./tenders/types";
import { at } from "./time";

const OPEN_TITLE = "Markedsdialog: arbeidsrettet rehabilitering i Oslo";
const CONVERTED_TITLE = "Markedsdialog: oppfølging for unge i Vestland";

/**
 * Demo market dialogues, made through the dialogue commands (so they hold every invariant the commands enforce), each
 * step at its own seeded instant: one open in Oslo with two suppliers' answers, one in Vestland that was answered and
 * turned into a competition draft. Skipped when they exist.
 */
export async function seedDialogues(db: Db, context: Pick<SeedContext, "regionIds" | "measureIds" | "supplierIds" | "userIds">): Promise<void> {
  if (await db.marketDialogue.findFirst({ where: { title: { in: [OPEN_TITLE, CONVERTED_TITLE] } } })) return;
  const actor = async (email: string) => (await loadActor(db, must(context.userIds, email, "user")))!;
  const step = async <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, email: string, day: number, rawInput: Record<string, unknown>, hour = 10): Promise<O> => {
    const result = await runCommand(command, { actor: await actor(email), rawInput, db, clock: fixedClock(at(day, hour)) });
    if (!result.ok) throw new Error(`seed ${command.name}: ${result.error.messageKey} ${JSON.stringify(result.error.details ?? {})}`);
    return result.data;
  };
  const input = (day: number, hour = 11) => formatOsloInput(at(day, hour));
  const date = (day: number) => formatOsloInput(at(day)).slice(0, 10);

  const open = await step(createDialogue, "innkjoper.oslo@nav.no", -7, {
    title: OPEN_TITLE,
    description: "Nav Oslo planlegger en konkurranse om arbeidsrettet rehabilitering for om lag 60 deltakere i bydelene Alna, Stovner og Grorud. Vi ønsker innspill på delkontrakter, kompetansekrav og hvordan brukermedvirkning kan vektlegges.",
    measureTypeId: must(context.measureIds, "ARBEIDSRETTET_REHABILITERING", "measure type"),
    regionId: must(context.regionIds, "0300", "region"),
    meetingAt: input(10, 12),
    meetingPlace: "Nav Oslo, Økernveien 94 (også på Teams: https://teams.example.com/markedsdialog-oslo)",
    responseDeadline: input(21),
    plannedAnnouncement: date(45),
  });
  await step(publishDialogue, "innkjoper.oslo@nav.no", -7, { dialogueId: open.id, version: 0 }, 11);
  await step(respondToDialogue, "post@jobbveien.no", -3, {
    dialogueId: open.id, supplierId: must(context.supplierIds, "jobbveien.no", "supplier"), interested: true,
    text: "Vi leverer arbeidsrettet rehabilitering i Oslo i dag og foreslår to delkontrakter (nord og sør) med løpende inntak.",
  });
  await step(respondToDialogue, "post@arbeidsglede.no", -2, {
    dialogueId: open.id, supplierId: must(context.supplierIds, "arbeidsglede.no", "supplier"), interested: true,
    text: "Som ideell aktør ber vi om at kravet til omsetning holdes lavt, og at metodefrihet vektlegges i kvalitetskriteriene.",
  });

  const converted = await step(createDialogue, "innkjoper.vestland@nav.no", -40, {
    title: CONVERTED_TITLE,
    description: "Nav Vestland vurderer å kjøpe oppfølging for unge under 30 år i Bergen og omegn, og ønsker innspill på volum og resultatbasert finansiering.",
    measureTypeId: must(context.measureIds, "OPPFOLGING", "measure type"),
    regionId: must(context.regionIds, "1200", "region"),
    responseDeadline: input(-10),
  });
  await step(publishDialogue, "innkjoper.vestland@nav.no", -40, { dialogueId: converted.id, version: 0 }, 11);
  await step(respondToDialogue, "post@bergeninkludering.no", -30, {
    dialogueId: converted.id, supplierId: must(context.supplierIds, "bergeninkludering.no", "supplier"), interested: true,
    text: "Vi anbefaler en fast del på 20 prosent og resultatbetaling for overgang til arbeid og utdanning.",
  });
  await step(convertDialogue, "innkjoper.vestland@nav.no", -5, { dialogueId: converted.id, version: 1 });
}
