import "server-only";

import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import type { ZTenderIdInput } from "@/lib/evaluation/schemas";
import { getTranslator } from "@/lib/i18n/server";
import type { DetailQuery } from "@/lib/query";

/**
 * `export const generateMetadata = evaluationTitle(getScoringTitle, "evaluation.scoring.title")`: the message with the
 * competition's reference, read through a light title query (lib/evaluation/queries/titles) instead of the page's
 * sheet, which decrypts bids.
 */
export function evaluationTitle<O extends { reference: string }>(query: DetailQuery<typeof ZTenderIdInput, O>, titleKey: string) {
  return async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => {
    const { t } = await getTranslator();
    const { reference } = await read(query, { tenderId: (await params).id });
    return pageTitle(t(titleKey, { reference }));
  };
}
