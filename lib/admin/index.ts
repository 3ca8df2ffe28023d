export { describeMembership } from "./format";
export type { MembershipSummary } from "./format";
export { getAdminOverview } from "./queries/admin-overview";
export { listMeasureTypesForAdmin } from "./queries/list-measure-types";
export { listRegionsForAdmin } from "./queries/list-regions";
export { listSuppliersForAdmin } from "./queries/list-suppliers";
export { listScopeOptions } from "./queries/scope-options";
export type { ScopeOption } from "./queries/scope-options";
