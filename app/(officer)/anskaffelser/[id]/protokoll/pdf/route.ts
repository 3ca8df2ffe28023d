import { runApiQuery } from "@/app/_lib/api-query";
import { getClock } from "@/lib/clock";
import { contentDisposition } from "@/lib/documents/rules";
import { buildProtocol, protocolBlocks } from "@/lib/evaluation/protocol/build";
import { getProtocolSource } from "@/lib/evaluation/queries/protocol";
import { getTranslator } from "@/lib/i18n/server";
import { renderPdf } from "@/lib/pdf/render";

export const dynamic = "force-dynamic";

/** The procurement protocol as a PDF (real text, lib/pdf), citing the tender's audit chain head on every page. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { locale, t } = await getTranslator();
  return runApiQuery(request, getProtocolSource, { id }, async (source) => {
    const protocol = buildProtocol(source, t, locale, getClock().now());
    const pdf = await renderPdf({ title: protocol.title, lang: locale, subtitle: protocol.reference, footer: protocol.chainHead, blocks: protocolBlocks(protocol, t, locale) });
    return new Response(new Uint8Array(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": contentDisposition(`anskaffelsesprotokoll-${protocol.reference.replace("/", "-")}.pdf`), "cache-control": "private, no-store" },
    });
  });
}
