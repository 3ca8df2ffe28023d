"use server";

import { revalidatePath } from "next/cache";

import { nestedFormInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { appointPanel, declarePanel } from "@/lib/evaluation/panel/commands";
import { proposeAward } from "@/lib/evaluation/proposal";
import { saveScores, setConsensus } from "@/lib/evaluation/scores/commands";
import { officerTender } from "@/lib/routes";

/** Server actions of the evaluation pages (panel, declaration, scoring, consensus, proposal); the commands decide. */
const refresh = (tenderId: string) => revalidatePath(officerTender(tenderId), "layout");

export async function appointPanelAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(appointPanel, nestedFormInput(formData), "evaluation.panel.appointed");
  if (data) refresh(data.tenderId);
  return state;
}

export async function declarePanelAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(declarePanel, nestedFormInput(formData), "evaluation.declaration.signed");
  if (data) refresh(data.tenderId);
  return state;
}

export async function saveScoresAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(saveScores, nestedFormInput(formData), (result) => ({ key: result.submitted ? "evaluation.scoring.submittedNow" : "evaluation.scoring.saved" }));
  if (data) refresh(data.tenderId);
  return state;
}

export async function setConsensusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(setConsensus, nestedFormInput(formData), "evaluation.consensus.saved");
  if (data) refresh(data.tenderId);
  return state;
}

export async function proposeAwardAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(proposeAward, nestedFormInput(formData), "evaluation.result.proposed");
  if (data) refresh(data.tenderId);
  return state;
}
