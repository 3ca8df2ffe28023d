/** The role areas of the app and where each one starts. Who may enter is decided by policy.canEnterArea. */
export const AREAS = [
  { id: "officer", href: "/anskaffelser", labelKey: "nav.officer" },
  { id: "supplier", href: "/portal", labelKey: "nav.supplier" },
  { id: "manager", href: "/historikk", labelKey: "nav.manager" },
  { id: "admin", href: "/admin", labelKey: "nav.admin" },
] as const;

export type AreaId = (typeof AREAS)[number]["id"];
