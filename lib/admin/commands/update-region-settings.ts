import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZUpdateRegionSettingsInput } from "../schemas";

/**
 * A region's own rules for its competitions: who gives the second pair of eyes before announcement (its manager, or
 * a second officer where the region has no manager at hand), and who opens bids (two people, or one). Audited, so the
 * protocol shows which rule applied when.
 */
export const updateRegionSettings = defineCommand({
  name: "region.updateSettings",
  action: "admin.reference.update",
  input: ZUpdateRegionSettingsInput,
  async load({ tx, input }) {
    const region = await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true, draftApproval: true, openingControl: true } });
    if (!region) throw new AppError("NOT_FOUND", "errors.notFound");
    return region;
  },
  async run({ tx, input, resource: region }) {
    const next = { draftApproval: input.draftApproval, openingControl: input.openingControl ?? region.openingControl };
    const before = { draftApproval: region.draftApproval, openingControl: region.openingControl };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== before[key]);
    if (changed.length === 0) return { data: { regionId: region.id, changed: false }, audit: [] };
    await tx.region.update({ where: { id: region.id }, data: next });
    return {
      data: { regionId: region.id, changed: true },
      audit: { chain: "global", action: "region.settings_changed", entityType: "Region", entityId: region.id, before: Object.fromEntries(changed.map((key) => [key, before[key]])), after: Object.fromEntries(changed.map((key) => [key, next[key]])) },
    };
  },
});
