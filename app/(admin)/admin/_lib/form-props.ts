import { read } from "@/app/_lib/read";
import "server-only";

import type { RoleScopeLabels, RoleScopeOptions } from "@/components/admin/role-scope-fields";
import { listScopeOptions } from "@/lib/admin";
import { ROLES } from "@/lib/auth/permissions";
import type { Translate } from "@/lib/i18n";

/** Translated labels for the role fields and the shared form feedback. */
export function roleScopeLabels(t: Translate): RoleScopeLabels & { eventId: string } {
  return {
    role: t("admin.role"),
    chooseRole: t("admin.chooseRole"),
    region: t("admin.region"),
    chooseRegion: t("admin.chooseRegion"),
    national: t("admin.national"),
    supplier: t("admin.supplier"),
    chooseSupplier: t("admin.chooseSupplier"),
    eventId: t("admin.eventId"),
  };
}

/** Roles (translated) and the regions and suppliers a role may be scoped to. */
export async function roleScopeOptions(t: Translate): Promise<RoleScopeOptions> {
  const { regions, suppliers } = await read(listScopeOptions);
  return {
    roles: ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
    regions: regions.map((region) => ({ value: region.id, label: region.label })),
    suppliers: suppliers.map((supplier) => ({ value: supplier.id, label: supplier.label })),
  };
}
