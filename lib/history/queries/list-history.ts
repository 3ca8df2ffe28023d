import { defineListQuery } from "@/lib/query";

import { ZHistoryFilter } from "../filter";
import { historyPage, historyTotals } from "../rows";

/** One page of the award history in the reader's regions (or nationally), filtered and sorted in the database. */
export const listHistory = defineListQuery({
  name: "history.list",
  action: "history.read",
  input: ZHistoryFilter,
  load: ({ db, input, scope }) => historyPage(db, input, scope),
  scopeOf: (row) => ({ regionId: row.regionId }),
});

/** Count and awarded value of the same filter, one row per region (the page adds them up for the totals row). */
export const listHistoryTotals = defineListQuery({
  name: "history.totals",
  action: "history.read",
  input: ZHistoryFilter,
  load: ({ db, input, scope }) => historyTotals(db, input, scope),
  scopeOf: (total) => ({ regionId: total.regionId }),
});
