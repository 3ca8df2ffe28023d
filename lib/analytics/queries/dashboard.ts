import type { Db } from "@/lib/db";
import { defineDetailQuery, defineListQuery, definePublicQuery, noInput, scopeWhere } from "@/lib/query";

import { buildDashboard } from "../dashboard";
import { resolvePeriod, ZAnalyticsInput } from "../period";

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

/** The same aggregates for anyone (the public statistics page): nothing per bid, no person's name. */
export const getPublicStatistics = definePublicQuery({
  name: "analytics.getPublicStatistics",
  input: ZAnalyticsInput,
  load: async ({ db, input, now }) => {
    const regionId = await regionIdOf(db, input.region);
    if (regionId === undefined) return null;
    return buildDashboard(db, regionId, resolvePeriod(input, now), { publicView: true });
  },
});


/** The region's id by its code (the URL's `region`); null for the whole country, undefined for an unknown code. */
async function regionIdOf(db: Db, code: string | undefined): Promise<string | null | undefined> {
  if (code === undefined) return null;
  return (await db.region.findUnique({ where: { code }, select: { id: true } }))?.id;
}

/** The regions whose dashboard the manager may open (every region for a national manager), by name. */
export const listAnalyticsRegions = defineListQuery({
  name: "analytics.listRegions",
  action: "analytics.read",
  input: noInput,
  load: ({ db, scope }) =>
    db.region.findMany({ where: scopeWhere(scope, ({ regionId }) => ({ id: regionId })), orderBy: { name: "asc" }, select: { id: true, code: true, name: true } }),
  scopeOf: (region) => ({ regionId: region.id }),
});
