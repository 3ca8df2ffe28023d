import "server-only";

import type { z } from "zod";

import type { PolicyResource } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_LABEL } from "@/lib/documents/rules";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { problemResponse, runCommand, type Command } from "@/lib/mutation";

import { assertOwnOrigin } from "./api-request";

/** Room for the multipart framing and the small text fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;
export const MAX_UPLOAD_BODY_BYTES = MAX_DOCUMENT_BYTES + MULTIPART_OVERHEAD;

export interface UploadedFile {
  filename: string;
  claimedType: string;
  bytes: Uint8Array;
}

const tooLarge = () => new AppError("TOO_LARGE", "documents.errors.tooLarge", { fieldErrors: { file: ["documents.errors.tooLarge"] }, messageParams: { limit: MAX_DOCUMENT_LABEL } });

/**
 * A multipart/form-data body with one file in the field "file", read within MAX_UPLOAD_BODY_BYTES: a declared
 * Content-Length above it is refused before anything is read, and a body that turns out longer is cut off while
 * streaming, so no more than the limit is ever buffered.
 */
export async function readMultipartUpload(request: Request): Promise<{ fields: Record<string, string>; file: UploadedFile | null }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType)) throw new AppError("VALIDATION", "documents.errors.multipartRequired");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BODY_BYTES) throw tooLarge();
  let size = 0;
  let exceeded = false;
  const limited = (request.body ?? new ReadableStream()).pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > MAX_UPLOAD_BODY_BYTES) {
          exceeded = true;
          controller.error(tooLarge());
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  let form: FormData;
  try {
    form = await new Response(limited, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw exceeded ? tooLarge() : new AppError("VALIDATION", "documents.errors.multipartRequired");
  }
  const fields: Record<string, string> = {};
  let file: UploadedFile | null = null;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") fields[name] = value;
    else if (name === "file" && value.size > 0) file = { filename: value.name, claimedType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
  }
  return { fields, file };
}

/**
 * runApiCommand for an upload: the same order of checks (foreign site 403, who 401, then the body), with the
 * multipart body read within its limit and turned into the command's input by `toInput`.
 */
export async function runApiUploadCommand<S extends z.ZodType, R extends PolicyResource | undefined, O>(
  request: Request,
  command: Command<S, R, O>,
  toInput: (upload: Awaited<ReturnType<typeof readMultipartUpload>>) => unknown,
  successStatus = 201,
): Promise<Response> {
  const { t } = await getTranslator();
  const instance = new URL(request.url).pathname;
  try {
    assertOwnOrigin(request);
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    const rawInput = toInput(await readMultipartUpload(request));
    const result = await runCommand(command, { actor, rawInput, db });
    if (!result.ok) return problemResponse(result.error, t, { instance });
    return Response.json(result.data, { status: successStatus });
  } catch (error) {
    return problemResponse(error, t, { instance });
  }
}
