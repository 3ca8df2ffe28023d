import type { Translate } from "@/lib/i18n";

import type { ProtocolSource } from "./load";

/** One line of the protocol: when (null for a fact without a time), who acted (null: the system), and what. */
export interface ProtocolEntry {
  at: Date | null;
  actor: string | null;
  text: string;
}

/** A section: optional label–value facts, then dated entries. Sections with neither are left out. */
export interface ProtocolSection {
  id: string;
  title: string;
  facts: [string, string][];
  entries: ProtocolEntry[];
}

export interface SectionContext {
  source: ProtocolSource;
  t: Translate;
  locale: "nb" | "en";
}

/** A section builder: the registry (sections.ts) lists them in protocol order. */
export type SectionBuilder = (context: SectionContext) => ProtocolSection;
