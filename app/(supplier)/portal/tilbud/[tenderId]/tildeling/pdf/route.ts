import { runApiQuery } from "@/app/_lib/api-query";
import { letterPdfSpec } from "@/lib/awards/letter-view";
import { getAwardLetter } from "@/lib/awards/queries/award-letter";
import { contentDisposition } from "@/lib/documents/rules";
import { getTranslator } from "@/lib/i18n/server";
import { renderPdf } from "@/lib/pdf/render";

/** The organisation's own award letter as a PDF (the same text as the page). */
export async function GET(request: Request, { params }: { params: Promise<{ tenderId: string }> }) {
  const { locale, t } = await getTranslator();
  return runApiQuery(request, getAwardLetter, { tenderId: (await params).tenderId }, async ({ letter }) => {
    const pdf = await renderPdf(letterPdfSpec(letter, t, locale));
    return new Response(new Uint8Array(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": contentDisposition(`tildelingsbrev-${letter.tender.reference.replace("/", "-")}.pdf`), "cache-control": "private, no-store" },
    });
  });
}
