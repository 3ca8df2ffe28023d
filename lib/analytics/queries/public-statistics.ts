import { definePublicQuery } from "@/lib/query";

import { buildDashboard } from "../dashboard";
import { resolvePeriod, ZAnalyticsInput } from "../period";
import { regionIdOf } from "../region";

/**
 * The dashboard's aggregates for anyone (the public statistics page, for transparency): public because every figure
 * is a sum over awarded contracts, which are published anyway; nothing per bid, and no person's name (sole
 * proprietorships are not named).
 */
export const getPublicStatistics = definePublicQuery({
  name: "analytics.getPublicStatistics",
  input: ZAnalyticsInput,
  load: async ({ db, input, now }) => {
    const regionId = await regionIdOf(db, input.region);
    if (regionId === undefined) return null;
    return buildDashboard(db, regionId, resolvePeriod(input, now), { publicView: true });
  },
});
