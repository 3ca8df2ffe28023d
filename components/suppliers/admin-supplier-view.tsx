import { Heading, VStack } from "@navikt/ds-react";

import { AppLink } from "@/components/common/app-link";
import { FactList } from "@/components/admin/fact-list";
import { SimpleTable } from "@/components/common/simple-table";
import type { FormAction } from "@/components/forms/use-form-action";
import { formatBytes } from "@/lib/documents/format";
import type { Locale, Translate } from "@/lib/i18n";
import { adminSupplierDocumentApi, ROUTES } from "@/lib/routes";
import type { AdminSupplier } from "@/lib/suppliers/queries/admin-supplier";
import { formatOrgnr } from "@/lib/suppliers/orgnr";
import { formatOsloDate, formatOsloDateTime } from "@/lib/time";

import { EligibilityForm } from "./eligibility-form";
import { EligibilitySummary } from "./eligibility-summary";
import { SupplierDocumentsTable } from "./supplier-documents-table";

/** The ADMIN's supplier page: details, users, the uploaded documentation and the eligibility verdict. */
export function AdminSupplierView({ supplier: s, action, locale, t }: { supplier: AdminSupplier; action: FormAction; locale: Locale; t: Translate }) {
  const address = [s.address, [s.postalCode, s.postalPlace].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return (
    <VStack gap="space-32">
      <AppLink href={ROUTES.adminSuppliers}>{t("admin.suppliers")}</AppLink>
      <div>
        <Heading level="1" size="large" spacing>
          {s.name}
        </Heading>
        <FactList
          items={[
            { term: t("admin.orgnr"), value: <span className="nowrap">{formatOrgnr(s.orgnr)}</span> },
            { term: t("admin.kind"), value: t(`supplierKind.${s.kind}`) },
            ...(s.organisationForm ? [{ term: t("suppliers.organisation.organisationForm"), value: s.organisationForm }] : []),
            { term: t("suppliers.register.address"), value: address || "–" },
            { term: t("admin.ownerMunicipality"), value: s.ownerMunicipality ? `${s.ownerMunicipality.name} (${s.ownerMunicipality.number})` : "–" },
            { term: t("suppliers.admin.registered"), value: formatOsloDate(s.createdAt, locale) },
          ]}
        />
      </div>
      <section aria-labelledby="supplier-users">
        <Heading level="2" size="medium" spacing id="supplier-users">
          {t("suppliers.admin.members")}
        </Heading>
        <SimpleTable
          caption={t("suppliers.admin.members")}
          columns={[t("suppliers.organisation.memberName"), t("suppliers.organisation.memberEmail"), t("suppliers.organisation.memberRole")]}
          emptyText="–"
          rows={s.memberships.map((m) => ({ key: m.id, cells: [m.user.name, m.user.email, t(m.supplierAdmin ? "suppliers.organisation.roleAdmin" : "suppliers.organisation.roleMember")] }))}
        />
      </section>
      <section aria-labelledby="supplier-documents">
        <Heading level="2" size="medium" spacing id="supplier-documents">
          {t("suppliers.admin.documents")}
        </Heading>
        <SupplierDocumentsTable
          documents={s.documents.map((d) => ({
            id: d.id, title: d.title, filename: d.filename, href: adminSupplierDocumentApi(s.id, d.id), uploadedAt: formatOsloDateTime(d.uploadedAt, locale),
            uploadedBy: d.uploadedBy.name, size: formatBytes(d.sizeBytes, locale), sha256: d.sha256,
          }))}
          labels={{ caption: t("suppliers.admin.documents"), title: t("suppliers.organisation.documentTitle"), uploadedAt: t("suppliers.organisation.uploadedAt"), uploadedBy: t("suppliers.organisation.uploadedBy"), size: t("documents.size"), sha256: t("documents.sha256"), empty: t("suppliers.organisation.documentsEmpty") }}
        />
      </section>
      <section aria-labelledby="supplier-eligibility">
        <Heading level="2" size="medium" spacing id="supplier-eligibility">
          {t("suppliers.organisation.eligibility")}
        </Heading>
        <VStack gap="space-24">
          <EligibilitySummary
            verifiedIdeal={s.verifiedIdeal}
            verifiedWorkInclusion={s.verifiedWorkInclusion}
            reviewed={s.verifiedAt ? t("suppliers.organisation.verifiedAt", { date: formatOsloDate(s.verifiedAt, locale), name: s.verifiedBy?.name ?? "–" }) : null}
            labels={{ verifiedIdeal: t("suppliers.organisation.verifiedIdeal"), verifiedWorkInclusion: t("suppliers.organisation.verifiedWorkInclusion"), notVerified: t("suppliers.organisation.notVerified") }}
          />
          <EligibilityForm
            supplierId={s.id}
            current={{ verifiedIdeal: s.verifiedIdeal, verifiedWorkInclusion: s.verifiedWorkInclusion }}
            action={action}
            labels={{
              legend: t("suppliers.admin.eligibility"), help: t("suppliers.admin.eligibilityHelp"), verifyIdeal: t("suppliers.admin.verifyIdeal"),
              verifyWorkInclusion: t("suppliers.admin.verifyWorkInclusion"), note: t("suppliers.admin.note"), save: t("suppliers.admin.save"), eventId: t("admin.eventId"),
            }}
          />
        </VStack>
      </section>
    </VStack>
  );
}
