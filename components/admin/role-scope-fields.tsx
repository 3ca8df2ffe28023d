"use client";

import { Select, VStack } from "@navikt/ds-react";
import { useState } from "react";

import { ROLE_SCOPE, type Role } from "@/lib/auth/permissions";

export interface SelectOption {
  value: string;
  label: string;
}

export interface RoleScopeLabels {
  role: string;
  chooseRole: string;
  region: string;
  chooseRegion: string;
  national: string;
  supplier: string;
  chooseSupplier: string;
}

export interface RoleScopeOptions {
  roles: SelectOption[];
  regions: SelectOption[];
  suppliers: SelectOption[];
}

interface RoleScopeFieldsProps extends RoleScopeOptions {
  idPrefix: string;
  labels: RoleScopeLabels;
  errors: { role?: string; regionId?: string; supplierId?: string };
}

/** Input ids, for the error summary's links. */
export function roleScopeFieldIds(idPrefix: string) {
  return { role: `${idPrefix}-role`, regionId: `${idPrefix}-region`, supplierId: `${idPrefix}-supplier` };
}

/**
 * Role and its scope, as the membership schema wants them: officers and evaluators need a region,
 * a manager may have one (empty = the whole country), a supplier user needs a supplier, an admin
 * neither. Fields that do not apply are not rendered, so they are not submitted.
 */
export function RoleScopeFields({ idPrefix, roles, regions, suppliers, labels, errors }: RoleScopeFieldsProps) {
  const [role, setRole] = useState("");
  const ids = roleScopeFieldIds(idPrefix);
  const scope = role in ROLE_SCOPE ? ROLE_SCOPE[role as Role] : undefined;
  const showRegion = scope !== undefined && scope.region !== "none";

  return (
    <VStack gap="space-16">
      <Select id={ids.role} name="role" label={labels.role} defaultValue="" onChange={(event) => setRole(event.target.value)} error={errors.role}>
        <option value="">{labels.chooseRole}</option>
        {roles.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      {showRegion && (
        <Select id={ids.regionId} name="regionId" label={labels.region} defaultValue="" error={errors.regionId}>
          <option value="">{scope?.region === "optional" ? labels.national : labels.chooseRegion}</option>
          {regions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
      {scope?.supplier && (
        <Select id={ids.supplierId} name="supplierId" label={labels.supplier} defaultValue="" error={errors.supplierId}>
          <option value="">{labels.chooseSupplier}</option>
          {suppliers.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </VStack>
  );
}
