"use server";

import { revalidatePath } from "next/cache";

import { runFormCommand, type FormState } from "@/app/_lib/form-action";
import { lodgeComplaint } from "@/lib/awards/commands/lodge-complaint";
import { portalAwardLetter } from "@/lib/awards/routes";

/** A complaint with its attachments (the files are read here; the command checks them like every upload). */
export async function lodgeComplaintAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const files = await Promise.all(
    formData.getAll("files").filter((f): f is File => typeof f !== "string" && f.size > 0)
      .map(async (file) => ({ filename: file.name, claimedType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  const tenderId = String(formData.get("tenderId") ?? "");
  const { state, data } = await runFormCommand(lodgeComplaint, { tenderId, text: String(formData.get("text") ?? ""), files }, "awards.letter.complaintLodged");
  if (data) revalidatePath(portalAwardLetter(tenderId));
  return state;
}
