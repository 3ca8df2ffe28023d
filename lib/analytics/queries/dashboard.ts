import { defineDetailQuery, defineListQuery, noInput, scopeWhere } from "@/lib/query";

import { buildDashboard } from "../dashboard";
import { resolvePeriod, ZAnalyticsInput } from "../period";
import { regionIdOf } from "../region";

/**
 * The manager's dashboard for a region (or, without one, the whole country) and period. The policy checks the
 * answer's regionId: a regional manager reads only their own region, a national one every region and the country.
 * The region comes as its code; an unknown one is NOT_FOUND.
 */
export const getDashboard = defineDetailQuery({
  name: "analytics.getDashboard",
  action: "analytics.read",
  input: ZAnalyticsInput,
  load: async ({ db, input, now }) => {
    const regionId = await regionIdOf(db, input.region);
    if (regionId === undefined) return null;
    return buildDashboard(db, regionId, resolvePeriod(input, now));
  },
});

/** The regions whose dashboard the manager may open (every region for a national manager), by name. */
export const listAnalyticsRegions = defineListQuery({
  name: "analytics.listRegions",
  action: "analytics.read",
  input: noInput,
  load: ({ db, scope }) =>
    db.region.findMany({ where: scopeWhere(scope, ({ regionId }) => ({ id: regionId })), orderBy: { name: "asc" }, select: { id: true, code: true, name: true } }),
  scopeOf: (region) => ({ regionId: region.id }),
});
