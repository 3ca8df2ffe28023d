import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import { orgnrCheckDigit } from "@/lib/suppliers/orgnr";
import { must } from "./lookup";
import { SUPPLIERS } from "./supplier-data";
import { at } from "./time";

/**
 * A checksum-valid orgnr derived from the name, so it is stable when the list changes. Real organisation
 * numbers start with 8 or 9; these start with 3, so a demo supplier can never be mistaken for a real entity.
 */
export function fictitiousOrgnr(name: string): string {
  let n = Number(BigInt(`0x${createHash("sha256").update(name).digest("hex").slice(0, 12)}`) % 10_000_000n);
  for (;;) {
    const first8 = `3${String(n).padStart(7, "0")}`;
    const check = orgnrCheckDigit(first8);
    if (check !== null) return `${first8}${check}`;
    n = (n + 1) % 10_000_000;
  }
}

/** Upserts the suppliers by orgnr; returns their ids by domain. */
export async function seedSuppliers(db: Db, municipalityIds: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const supplier of SUPPLIERS) {
    const orgnr = fictitiousOrgnr(supplier.name);
    const ownerMunicipalityId = supplier.owner ? must(municipalityIds, supplier.owner, "municipality") : null;
    const verified = supplier.verified === true;
    const row = await db.supplier.upsert({
      where: { orgnr },
      update: {},
      create: {
        orgnr,
        name: supplier.name,
        kind: supplier.kind,
        ownerMunicipalityId,
        verifiedWorkInclusion: verified && supplier.kind === "WORK_INCLUSION_ENTERPRISE",
        verifiedIdeal: verified && supplier.kind === "IDEAL",
        verifiedAt: verified ? at(-400) : null,
        createdAt: at(-720),
        updatedAt: at(-720),
      },
    });
    ids.set(supplier.domain, row.id);
  }
  return ids;
}
