import type { Db } from "@/lib/db";
import { postgresStorage, sha256Hex } from "@/lib/storage";

/** A small, valid one-page PDF naming the competition (what file-type sniffs as application/pdf). */
function demoPdf(reference: string, title: string): Uint8Array {
  const text = `Konkurransegrunnlag ${reference}: ${title}`.replace(/[()\\]/g, "").normalize("NFKD").replace(/[^\x20-\x7e]/g, "");
  const stream = `BT /F1 10 Tf 40 760 Td (${text}) Tj ET`;
  return new TextEncoder().encode(
    [
      "%PDF-1.4",
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj",
      `4 0 obj << /Length ${stream.length} >> stream`,
      stream,
      "endstream endobj",
      "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj",
      "trailer << /Root 1 0 R >>",
      "%%EOF",
      "",
    ].join("\n"),
  );
}

/**
 * Demo documents: every published demo competition without documents gets its konkurransegrunnlag as a PDF, uploaded
 * by its drafter the day before announcement (as uploadDocument would store a draft's file: sniffed type, SHA-256,
 * bytes in lib/storage, version 1, not pending). Safe to run again.
 */
export async function seedTenderDocuments(db: Db): Promise<void> {
  const tenders = await db.tender.findMany({ where: { announcedAt: { not: null }, documents: { none: {} } }, select: { id: true, reference: true, title: true, createdById: true, announcedAt: true } });
  for (const tender of tenders) {
    const bytes = demoPdf(tender.reference, tender.title);
    const uploadedAt = new Date(tender.announcedAt!.getTime() - 86_400_000);
    await db.$transaction(async (tx) => {
      const storageKey = await postgresStorage(tx).put(bytes);
      await tx.tenderDocument.create({
        data: {
          tenderId: tender.id,
          title: "Konkurransegrunnlag",
          createdAt: uploadedAt,
          versions: {
            create: {
              number: 1, filename: `konkurransegrunnlag-${tender.reference.replace("/", "-")}.pdf`, contentType: "application/pdf", sizeBytes: bytes.byteLength,
              sha256: sha256Hex(bytes), storageKey, uploadedById: tender.createdById, uploadedAt,
            },
          },
        },
      });
    });
  }
}
