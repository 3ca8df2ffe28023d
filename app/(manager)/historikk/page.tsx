import { HistoryPage } from "@/app/_lib/history-page";
import { titled } from "@/app/_lib/metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("history.title");

/** The manager's award history: filter, sort, page, choose columns and export, all in the URL. */
export default function ManagerHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <HistoryPage searchParams={searchParams} view="manager" />;
}
