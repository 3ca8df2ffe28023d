import { describe, expect, it } from "vitest";

import { ROLE_SCOPE, ROLES } from "@/lib/auth/permissions";
import { canEnterArea, regionScope } from "@/lib/auth/policy";
import { ZMembershipInput } from "@/lib/users/schemas";

describe("one role → scope table drives the membership schema and the policy", () => {
  it.each(ROLES)("%s", (role) => {
    const scope = ROLE_SCOPE[role];
    const bare = ZMembershipInput.safeParse({ role });
    expect(bare.success, "valid without a region or supplier").toBe(scope.region !== "required" && !scope.supplier);

    const full = ZMembershipInput.parse({ role, regionId: "oslo", supplierId: "acme" });
    expect(full.regionId).toBe(scope.region === "none" ? null : "oslo");
    expect(full.supplierId).toBe(scope.supplier ? "acme" : null);

    const nationalActor = { userId: "u", active: true, locale: "nb" as const, memberships: [{ role, regionId: null, supplierId: null }] };
    expect(regionScope(nationalActor, role) === "national").toBe(scope.region === "optional");
    if (scope.supplier) expect(canEnterArea(nationalActor, "supplier")).toBe(false);
  });
});
