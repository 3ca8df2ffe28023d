import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { formatBytes } from "@/lib/documents/format";
import { checkDocument, contentDisposition, DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from "@/lib/documents/rules";
import { sniffType } from "@/lib/documents/sniff";

const FIXTURES = path.join(__dirname, "..", "fixtures", "documents");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

describe("sniffing the four document types from their bytes", () => {
  it.each([
    ["konkurransegrunnlag.pdf", DOCUMENT_TYPES.pdf],
    ["kravspesifikasjon.docx", DOCUMENT_TYPES.docx],
    ["prisskjema.xlsx", DOCUMENT_TYPES.xlsx],
    ["kontrakt.odt", DOCUMENT_TYPES.odt],
  ])("%s is %s", async (name, mime) => {
    const bytes = fixture(name);
    const sniffed = await sniffType(bytes);
    expect(sniffed?.mime).toBe(mime);
    expect(checkDocument({ filename: name, sizeBytes: bytes.byteLength, claimedType: mime, sniffed })).toEqual({ ok: true, extension: name.split(".").pop(), contentType: mime, filename: name });
  });

  it("plain text, HTML and a zip that is no office document are no known document", async () => {
    expect(await sniffType(new TextEncoder().encode("just text"))).toBeUndefined();
    const html = new TextEncoder().encode("<!doctype html><script>alert(1)</script>");
    const verdict = checkDocument({ filename: "x.pdf", sizeBytes: html.byteLength, sniffed: await sniffType(html) });
    expect(verdict).toMatchObject({ ok: false, messageKey: "documents.errors.mismatch" });
  });
});

describe("checkDocument", () => {
  const pdf = { ext: "pdf", mime: DOCUMENT_TYPES.pdf };
  it.each([
    ["exactly the limit", { filename: "a.pdf", sizeBytes: MAX_DOCUMENT_BYTES, sniffed: pdf }, true],
    ["one byte over the limit", { filename: "a.pdf", sizeBytes: MAX_DOCUMENT_BYTES + 1, sniffed: pdf }, "documents.errors.tooLarge"],
    ["empty", { filename: "a.pdf", sizeBytes: 0, sniffed: pdf }, "documents.errors.empty"],
    ["an extension we do not take", { filename: "a.exe", sizeBytes: 10, sniffed: pdf }, "documents.errors.type"],
    ["no extension", { filename: "konkurransegrunnlag", sizeBytes: 10, sniffed: pdf }, "documents.errors.type"],
    ["a PDF named .docx", { filename: "a.docx", sizeBytes: 10, sniffed: pdf }, "documents.errors.mismatch"],
    ["bytes of no known type", { filename: "a.pdf", sizeBytes: 10, sniffed: undefined }, "documents.errors.mismatch"],
    ["a claimed type that disagrees", { filename: "a.pdf", sizeBytes: 10, claimedType: "text/html", sniffed: pdf }, "documents.errors.mismatch"],
    ["a generic claimed type", { filename: "a.pdf", sizeBytes: 10, claimedType: "application/octet-stream", sniffed: pdf }, true],
    ["an upper-case extension and a claimed type with parameters", { filename: "A.PDF", sizeBytes: 10, claimedType: "application/pdf; qs=1", sniffed: pdf }, true],
  ] as const)("%s", (_name, file, expected) => {
    const verdict = checkDocument(file);
    if (expected === true) expect(verdict.ok).toBe(true);
    else expect(verdict).toMatchObject({ ok: false, messageKey: expected });
  });
});

describe("contentDisposition", () => {
  it("keeps a plain name and gives the exact UTF-8 name in filename*", () => {
    expect(contentDisposition("Kravspesifikasjon.pdf")).toBe(`attachment; filename="Kravspesifikasjon.pdf"; filename*=UTF-8''Kravspesifikasjon.pdf`);
    expect(contentDisposition("Prisskjema – Øst.xlsx")).toBe(`attachment; filename="Prisskjema Ost.xlsx"; filename*=UTF-8''Prisskjema%20%E2%80%93%20%C3%98st.xlsx`);
  });

  it("cannot break out of the header: quotes, CR/LF, semicolons and paths are neutralised", () => {
    const header = contentDisposition('..\\..\\evil"; x=1\r\nSet-Cookie: a=b.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('filename="')[1]!.split('"')[0]).not.toMatch(/["\\/;]/);
    expect(contentDisposition("/etc/passwd")).toContain('filename="passwd"');
  });
});

describe("formatBytes", () => {
  it("uses decimal units in the reader's language", () => {
    expect(formatBytes(218, "nb")).toBe("218 B");
    expect(formatBytes(845_000, "en")).toBe("845 kB");
    expect(formatBytes(1_250_000, "nb")).toBe("1,3 MB");
    expect(formatBytes(1_250_000, "en")).toBe("1.3 MB");
  });
});
