import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { FactList } from "@/components/admin/fact-list";
import type { FormAction } from "@/components/forms/use-form-action";
import { DocumentUploadForm } from "@/components/tenders/document-upload-form";
import { formatBytes } from "@/lib/documents/format";
import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_LABEL } from "@/lib/documents/rules";
import type { Locale, Translate } from "@/lib/i18n";
import { supplierDocumentApi, supplierDocumentsApi } from "@/lib/routes";
import { formatOrgnr } from "@/lib/suppliers/orgnr";
import { formatOsloDate, formatOsloDateTime } from "@/lib/time";

import { EligibilitySummary } from "./eligibility-summary";
import { InviteMemberForm } from "./invite-member-form";
import { RowActionTable } from "./row-action-table";
import { SupplierDocumentsTable } from "./supplier-documents-table";

export interface OrganisationData {
  supplierId: string;
  orgnr: string;
  name: string;
  kind: string;
  address: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  organisationForm: string | null;
  verifiedIdeal: boolean;
  verifiedWorkInclusion: boolean;
  verifiedAt: Date | null;
  verifiedBy: { name: string } | null;
  ownerMunicipality: { name: string; number: string } | null;
  documents: { id: string; title: string; filename: string; sizeBytes: number; sha256: string; uploadedAt: Date; uploadedBy: { name: string } }[];
  canAdminister: boolean;
}

export interface OrganisationMembers {
  members: { id: string; supplierAdmin: boolean; user: { id: string; name: string; email: string } }[];
  invitations: { id: string; email: string; expiresAt: Date; invitedBy: { name: string } }[];
}

interface OrganisationViewProps {
  organisation: OrganisationData;
  /** Only for the organisation's administrator. */
  members: OrganisationMembers | null;
  selfUserId: string;
  actions: { invite: FormAction; revoke: FormAction; remove: FormAction };
  locale: Locale;
  t: Translate;
}

/** One organisation in the portal: details, verified eligibility, documentation and — for its administrator — colleagues. */
export function OrganisationView({ organisation: o, members, selfUserId, actions, locale, t }: OrganisationViewProps) {
  const id = (part: string) => `org-${o.supplierId}-${part}`;
  const address = [o.address, [o.postalCode, o.postalPlace].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const feedback = { eventId: t("admin.eventId") };
  const doc = (key: string) => t(`documents.${key}`);
  return (
    <VStack gap="space-32">
      <section aria-labelledby={id("facts")}>
        <Heading level="2" size="medium" spacing id={id("facts")}>
          {o.name}
        </Heading>
        <FactList
          items={[
            { term: t("suppliers.organisation.orgnr"), value: <span className="nowrap">{formatOrgnr(o.orgnr)}</span> },
            { term: t("suppliers.register.kind"), value: t(`supplierKind.${o.kind}`) },
            ...(o.organisationForm ? [{ term: t("suppliers.organisation.organisationForm"), value: o.organisationForm }] : []),
            { term: t("suppliers.register.address"), value: address || "–" },
            ...(o.ownerMunicipality ? [{ term: t("suppliers.register.ownerMunicipality"), value: `${o.ownerMunicipality.name} (${o.ownerMunicipality.number})` }] : []),
          ]}
        />
      </section>
      <section aria-labelledby={id("eligibility")}>
        <Heading level="2" size="medium" spacing id={id("eligibility")}>
          {t("suppliers.organisation.eligibility")}
        </Heading>
        <BodyLong spacing>{t("suppliers.organisation.eligibilityIntro")}</BodyLong>
        <EligibilitySummary
          verifiedIdeal={o.verifiedIdeal}
          verifiedWorkInclusion={o.verifiedWorkInclusion}
          reviewed={o.verifiedAt ? t("suppliers.organisation.verifiedAt", { date: formatOsloDate(o.verifiedAt, locale), name: o.verifiedBy?.name ?? "–" }) : null}
          labels={{ verifiedIdeal: t("suppliers.organisation.verifiedIdeal"), verifiedWorkInclusion: t("suppliers.organisation.verifiedWorkInclusion"), notVerified: t("suppliers.organisation.notVerified") }}
        />
        <Heading level="3" size="small" spacing id={id("documents")} style={{ marginTop: "var(--ax-space-24, 1.5rem)" }}>
          {t("suppliers.organisation.documents")}
        </Heading>
        <VStack gap="space-16">
          <SupplierDocumentsTable
            documents={o.documents.map((d) => ({
              id: d.id, title: d.title, filename: d.filename, href: supplierDocumentApi(o.supplierId, d.id), uploadedAt: formatOsloDateTime(d.uploadedAt, locale),
              uploadedBy: d.uploadedBy.name, size: formatBytes(d.sizeBytes, locale), sha256: d.sha256,
            }))}
            labels={{ caption: t("suppliers.organisation.documents"), title: t("suppliers.organisation.documentTitle"), uploadedAt: t("suppliers.organisation.uploadedAt"), uploadedBy: t("suppliers.organisation.uploadedBy"), size: doc("size"), sha256: doc("sha256"), empty: t("suppliers.organisation.documentsEmpty") }}
          />
          {o.canAdminister && (
            <DocumentUploadForm
              uploadUrl={supplierDocumentsApi(o.supplierId)}
              documents={[]}
              accept={DOCUMENT_ACCEPT}
              maxSizeInBytes={MAX_DOCUMENT_BYTES}
              labels={{
                upload: t("suppliers.organisation.upload"), dropzone: doc("dropzone"), dragAndDrop: doc("dragAndDrop"), or: doc("or"), drop: doc("drop"), deleteFile: doc("deleteFile"),
                uploading: doc("uploading"), titleLabel: t("suppliers.organisation.uploadTitle"), newVersionOf: doc("newVersionOf"), newDocument: doc("newDocument"),
                tooLarge: t("documents.errors.tooLarge", { limit: MAX_DOCUMENT_LABEL }), fileRequired: t("documents.errors.fileRequired"), failed: t("documents.errors.failed"),
                uploaded: t("suppliers.organisation.uploaded"), eventId: t("admin.eventId"),
              }}
            />
          )}
        </VStack>
      </section>
      {members && (
        <section aria-labelledby={id("members")}>
          <Heading level="2" size="medium" spacing id={id("members")}>
            {t("suppliers.organisation.members")}
          </Heading>
          <VStack gap="space-24">
            <RowActionTable
              caption={t("suppliers.organisation.members")}
              columns={[t("suppliers.organisation.memberName"), t("suppliers.organisation.memberEmail"), t("suppliers.organisation.memberRole")]}
              rows={members.members.map((m) => ({
                key: m.id,
                cells: [m.user.id === selfUserId ? `${m.user.name} ${t("suppliers.organisation.you")}` : m.user.name, m.user.email, t(m.supplierAdmin ? "suppliers.organisation.roleAdmin" : "suppliers.organisation.roleMember")],
                ...(m.user.id === selfUserId ? {} : { actionLabel: m.user.name }),
              }))}
              field="membershipId"
              action={actions.remove}
              buttonLabel={t("suppliers.organisation.remove")}
              emptyText="–"
              labels={feedback}
            />
            <div>
              <Heading level="3" size="small" spacing>
                {t("suppliers.organisation.invitations")}
              </Heading>
              <RowActionTable
                caption={t("suppliers.organisation.invitations")}
                columns={[t("suppliers.organisation.memberEmail"), t("suppliers.organisation.expiresAt"), t("suppliers.organisation.invitedBy")]}
                rows={members.invitations.map((i) => ({ key: i.id, cells: [i.email, formatOsloDateTime(i.expiresAt, locale), i.invitedBy.name], actionLabel: i.email }))}
                field="invitationId"
                action={actions.revoke}
                buttonLabel={t("suppliers.organisation.revoke")}
                emptyText={t("suppliers.organisation.invitationsEmpty")}
                labels={feedback}
              />
            </div>
            <div>
              <Heading level="3" size="small" spacing>
                {t("suppliers.organisation.invite")}
              </Heading>
              <InviteMemberForm
                supplierId={o.supplierId}
                action={actions.invite}
                labels={{ email: t("suppliers.organisation.inviteEmail"), help: t("suppliers.organisation.inviteHelp"), submit: t("suppliers.organisation.inviteSubmit"), eventId: t("admin.eventId") }}
              />
            </div>
          </VStack>
        </section>
      )}
    </VStack>
  );
}
