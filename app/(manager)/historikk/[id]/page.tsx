import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { HistoryTenderView } from "@/components/history/history-tender-view";
import { getHistoryTender } from "@/lib/history/queries/history-tender";
import { getTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const tender = await read(getHistoryTender, { id: (await params).id });
  return pageTitle(tender.title);
}

/** One competition in the manager's history: the audit timeline, the award justification and the scores. */
export default async function HistoryTenderPage({ params }: Props) {
  const { id } = await params;
  const [tender, { locale, t }] = await Promise.all([read(getHistoryTender, { id }), getTranslator()]);
  return <HistoryTenderView tender={tender} locale={locale} t={t} />;
}
