import { fileTypeFromBuffer } from "file-type";

/** The type the bytes say they are (magic numbers; for the zip-based formats, the entries inside), or undefined. */
export async function sniffType(bytes: Uint8Array): Promise<{ ext: string; mime: string } | undefined> {
  const found = await fileTypeFromBuffer(bytes);
  return found ? { ext: found.ext, mime: found.mime } : undefined;
}
