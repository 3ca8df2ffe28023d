import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { definePublicCommand } from "@/lib/mutation";

import { lookupOrganisation } from "../registry";
import { ZRegisterSupplierInput } from "../schemas";

const fieldError = (field: string, key: string) => new AppError("VALIDATION", "errors.validation", { fieldErrors: { [field]: [key] } });

/**
 * Self-registration of a supplier organisation. Public: anyone may register an organisation, once. Creates the
 * Supplier, the contact person's User and a SUPPLIER_USER membership that administers the organisation, audited
 * with the new user as the actor. Refuses an orgnr already registered (the person is told to ask the organisation's
 * administrator for an invitation), and one Enhetsregisteret knows as deleted or not at all; when the register does
 * not answer, the registration goes through and the audit says it was not checked. Per-address rate limiting is
 * the route layer's (lib/suppliers/rate-limit), before this runs.
 */
export const registerSupplier = definePublicCommand({
  name: "supplier.register",
  input: ZRegisterSupplierInput,
  async load({ input }) {
    // The look-up happens before any lock is taken; its verdict is judged in run.
    return { registry: await lookupOrganisation(input.orgnr) };
  },
  async run({ tx, input, resource: { registry }, now }) {
    // Two registrations of one orgnr (or one e-mail) at once: the second waits here, then sees the first.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`supplier-orgnr:${input.orgnr}`}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`user-email:${input.contactEmail}`}))`;
    if (await tx.supplier.findUnique({ where: { orgnr: input.orgnr }, select: { id: true } })) throw fieldError("orgnr", "suppliers.errors.orgnrTaken");
    if (registry.status === "deleted") throw fieldError("orgnr", "suppliers.errors.orgnrDeleted");
    if (registry.status === "not_found") throw fieldError("orgnr", "suppliers.errors.orgnrUnknown");
    if (await tx.user.findUnique({ where: { email: input.contactEmail }, select: { id: true } })) throw fieldError("contactEmail", "suppliers.errors.emailTaken");
    const ownerMunicipality = input.ownerMunicipality
      ? await tx.municipality.findUnique({ where: { number: input.ownerMunicipality }, select: { id: true } })
      : null;
    if (input.ownerMunicipality && !ownerMunicipality) throw fieldError("ownerMunicipality", "suppliers.errors.ownerMunicipality");

    const supplier = await tx.supplier.create({
      data: {
        orgnr: input.orgnr, name: input.name, kind: input.kind, ownerMunicipalityId: ownerMunicipality?.id ?? null,
        address: input.address, postalCode: input.postalCode, postalPlace: input.postalPlace,
        organisationForm: registry.status === "found" ? (registry.organisation.organisationForm?.code ?? null) : input.organisationForm || null,
        createdAt: now,
      },
      select: { id: true },
    });
    const user = await tx.user.create({
      data: {
        email: input.contactEmail, name: input.contactName, passwordHash: await hashPassword(input.password), createdAt: now,
        memberships: { create: { role: "SUPPLIER_USER", supplierId: supplier.id, supplierAdmin: true, createdAt: now } },
      },
      select: { id: true },
    });
    return {
      data: { supplierId: supplier.id, userId: user.id, registryChecked: registry.status === "found" },
      actorId: user.id,
      audit: [
        {
          chain: "global", action: "supplier.registered", entityType: "Supplier", entityId: supplier.id,
          after: { orgnr: input.orgnr, name: input.name, kind: input.kind, ownerMunicipality: input.ownerMunicipality, registry: registry.status },
        },
        { chain: "global", action: "user.create", entityType: "User", entityId: user.id, after: { email: input.contactEmail, name: input.contactName, role: "SUPPLIER_USER", supplierId: supplier.id, supplierAdmin: true } },
      ],
    };
  },
});
