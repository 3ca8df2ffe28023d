"use server";

import { revalidatePath } from "next/cache";

import { nestedFormInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { removeBidDocument, saveBidDraft, submitBid, uploadBidDocument, withdrawBid } from "@/lib/bids";
import { portalBid } from "@/lib/bids/routes";
import { portalTender, ROUTES } from "@/lib/routes";

function refresh(tenderId: string) {
  revalidatePath(portalBid(tenderId));
  revalidatePath(portalTender(tenderId));
  revalidatePath(ROUTES.portal);
}

/** The bid form: "Lagre utkast" (intent=draft) or "Send inn" (intent=submit, with the form's token as idempotency key). */
export async function bidFormAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = nestedFormInput(formData);
  if (formData.get("intent") === "draft") {
    const { state, data } = await runFormCommand(saveBidDraft, input, "bids.form.draftSaved");
    if (data) refresh(data.tenderId);
    return state;
  }
  const { state, data } = await runFormCommand(submitBid, { ...input, useDraftDocuments: "yes" }, (result) => ({
    key: result.replayed ? "bids.form.replayedMessage" : "bids.form.submittedMessage",
    params: { number: result.number },
  }));
  if (data) refresh(data.tenderId);
  return state;
}

export async function withdrawBidAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(withdrawBid, nestedFormInput(formData), "bids.form.withdrawnMessage");
  if (data) refresh(data.tenderId);
  return state;
}

export async function uploadBidDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const file = formData.get("file");
  const upload = file instanceof File && file.size > 0 ? { filename: file.name, claimedType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : {};
  const { state, data } = await runFormCommand(uploadBidDocument, { tenderId: formData.get("tenderId"), supplierId: formData.get("supplierId") ?? undefined, ...upload }, (result) => ({ key: "bids.form.uploaded", params: { filename: result.filename } }));
  if (data) refresh(data.tenderId);
  return state;
}

export async function removeBidDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(removeBidDocument, nestedFormInput(formData), "bids.form.removed");
  if (data) refresh(data.tenderId);
  return state;
}
