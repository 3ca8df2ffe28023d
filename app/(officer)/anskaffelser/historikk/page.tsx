import { HistoryPage } from "@/app/_lib/history-page";
import { titled } from "@/app/_lib/metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("history.title");

/** The officer's read-only award history of own regions (a manager here sees the manager's scope). */
export default function OfficerHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <HistoryPage searchParams={searchParams} view="officer" />;
}
