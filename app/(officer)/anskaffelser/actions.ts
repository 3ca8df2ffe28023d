"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formInput, nestedFormInput, runFormCommand, stepAction, type FormState } from "@/app/_lib/form-action";
import { officerTender, publicNotice, ROUTES } from "@/lib/routes";
import { STEP_MESSAGES, type StepDone } from "@/lib/tenders/step-messages";
import { announceTender, approveDraft, cancelTender, createDraft, returnDraft, submitDraft, updateDraft } from "@/lib/tenders";
import { answerQuestion, publishAnswer } from "@/lib/tenders";

export async function createDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(createDraft, formInput(formData), "tender.created");
  if (state.status !== "ok" || !data) return state;
  revalidatePath(ROUTES.officer);
  redirect(officerTender(data.id));
}

export async function updateDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(updateDraft, nestedFormInput(formData), "tender.saved");
  if (data) revalidatePath(officerTender(data.id));
  return state;
}

const step = stepAction<StepDone>(officerTender, (done) => STEP_MESSAGES[done]);

export async function submitDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return step(submitDraft, formData, "submitted");
}

export async function approveDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return step(approveDraft, formData, "approved");
}

export async function returnDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return step(returnDraft, formData, "sentBack");
}

export async function announceTenderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return step(announceTender, formData, "announced");
}

export async function cancelTenderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return step(cancelTender, formData, "cancelled");
}

export async function answerQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(answerQuestion, formInput(formData), "questions.officer.saved");
  if (data) revalidatePath(officerTender(data.tenderId));
  return state;
}

export async function publishAnswerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(publishAnswer, formInput(formData), (published) => ({ key: "questions.officer.published", params: { number: published.number } }));
  if (data) {
    revalidatePath(officerTender(data.tenderId));
    revalidatePath(publicNotice(data.tenderId));
  }
  return state;
}
