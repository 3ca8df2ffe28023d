import "server-only";

import type { NoticeListProps } from "@/components/tenders/notice-list";
import { listMeasureTypes, listPublicRegions } from "@/lib/tenders/queries/draft-options";
import { listPublishedTenders } from "@/lib/tenders/queries/published-tender";

import { read, readFiltered } from "./read";

const FILTERS = ["region", "measureType", "reserved", "deadlineBy"] as const;

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The open-competition filter, read from a page's URL: the public notice list and the supplier portal's home use the
 * same parameters, the same query and the same form, so a filtered URL means the same in both.
 */
export async function readNoticeList(params: SearchParams): Promise<Pick<NoticeListProps, "filters" | "result" | "regions" | "measureTypes">> {
  const first = (name: string) => [params[name]].flat()[0];
  const filters = Object.fromEntries(FILTERS.map((name) => [name, first(name)]).filter(([, value]) => value !== undefined));
  const [result, regions, measureTypes] = await Promise.all([
    readFiltered(listPublishedTenders, { ...filters, page: first("page") ?? "1" }),
    read(listPublicRegions),
    read(listMeasureTypes),
  ]);
  return { filters, result, regions, measureTypes };
}
