import type { Translate } from "@/lib/i18n";
import type { PdfBlock } from "@/lib/pdf/render";
import { formatOsloDateTime } from "@/lib/time";

import type { ProtocolSource } from "./load";
import { PROTOCOL_SECTIONS } from "./sections";
import type { ProtocolSection } from "./types";

export interface Protocol {
  reference: string;
  title: string;
  generatedAt: string;
  chainHead: string;
  verify: string;
  sections: ProtocolSection[];
}

/** The procurement protocol from its source, translated: the same for the page and the PDF. */
export function buildProtocol(source: ProtocolSource, t: Translate, locale: "nb" | "en", now: Date): Protocol {
  const context = { source, t, locale };
  const { chain } = source;
  return {
    reference: source.tender.reference,
    title: t("opening.protocol.pageTitle", { title: source.tender.title }),
    generatedAt: t("opening.protocol.intro", { at: formatOsloDateTime(now, locale) }),
    chainHead: chain.headHash ? t("opening.protocol.chainHead", { chain: chain.chain, seq: chain.seq, hash: chain.headHash }) : t("opening.protocol.chainEmpty", { chain: chain.chain }),
    verify: t("opening.protocol.verify", { id: source.tender.id }),
    sections: PROTOCOL_SECTIONS.map((build) => build(context)),
  };
}

/** The PDF's blocks (lib/pdf renderPdf): each section as facts and a table of time, who and what. */
export function protocolBlocks(protocol: Protocol, t: Translate, locale: "nb" | "en"): PdfBlock[] {
  const head = [t("opening.protocol.when"), t("opening.protocol.who"), t("opening.protocol.what")];
  return [
    { kind: "paragraph", text: protocol.generatedAt },
    { kind: "paragraph", text: protocol.chainHead },
    ...protocol.sections.flatMap((section): PdfBlock[] => [
      { kind: "heading", text: section.title, level: 2 },
      ...(section.facts.length > 0 ? [{ kind: "facts" as const, rows: section.facts }] : []),
      ...(section.entries.length > 0
        ? [{ kind: "table" as const, head, rows: section.entries.map((e) => [e.at ? formatOsloDateTime(e.at, locale) : "–", e.actor ?? t("opening.protocol.system"), e.text]) }]
        : section.facts.length === 0 ? [{ kind: "paragraph" as const, text: t("opening.protocol.none") }] : []),
    ]),
  ];
}
