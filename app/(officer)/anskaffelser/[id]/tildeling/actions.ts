"use server";

import { stepAction, type FormState } from "@/app/_lib/form-action";
import { approveAward } from "@/lib/awards/commands/approve-award";
import { decideComplaint } from "@/lib/awards/commands/decide-complaint";
import { liftInjunction, registerInjunction } from "@/lib/awards/commands/injunctions";
import { reopenEvaluation } from "@/lib/awards/commands/reopen-evaluation";
import { returnAward } from "@/lib/awards/commands/return-award";
import { officerAward } from "@/lib/awards/routes";
import { concludeContract } from "@/lib/contracts/commands/conclude-contract";

type Done = "approved" | "returned" | "decided" | "reopened" | "injunction" | "lifted" | "concluded";

const step = stepAction<Done>(officerAward, (done) => `awards.page.done.${done}`);

export async function approveAwardAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return step(approveAward, formData, "approved");
}
export async function returnAwardAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return step(returnAward, formData, "returned");
}
export async function decideComplaintAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return step(decideComplaint, formData, "decided");
}
export async function reopenEvaluationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return step(reopenEvaluation, formData, "reopened");
}
export async function registerInjunctionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return step(registerInjunction, formData, "injunction");
}
export async function liftInjunctionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return step(liftInjunction, formData, "lifted");
}
export async function concludeContractAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return step(concludeContract, formData, "concluded");
}
