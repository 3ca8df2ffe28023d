import { Alert, BodyLong, Heading, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { OrgnrLookupForm, RegistrationForm } from "@/components/suppliers/registration-form";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";
import { listMunicipalitiesForRegistration, lookupForRegistration, SUPPLIER_KINDS } from "@/lib/suppliers";
import { formatOrgnr } from "@/lib/suppliers/orgnr";

import { registerSupplierAction } from "./actions";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("suppliers.register.title");

/**
 * Public: self-registration in two steps. Step 1 is a GET form (?orgnr=) that asks Enhetsregisteret, so it works
 * without JavaScript; step 2, the registration itself, opens once the number is valid and not refused by the register.
 */
export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t } = await getTranslator();
  const raw = (await searchParams).orgnr;
  const lookup = await read(lookupForRegistration, { orgnr: typeof raw === "string" ? raw : "" });
  const prefill = lookup.state === "looked_up" && lookup.result.status === "found" ? lookup.result.organisation : null;
  const canRegister = lookup.state === "looked_up" && (lookup.result.status === "found" || lookup.result.status === "unavailable");
  const municipalities = canRegister ? await read(listMunicipalitiesForRegistration) : [];
  const typed = lookup.state === "empty" ? "" : lookup.orgnr;

  return (
    <VStack gap="space-24" className="form-narrow">
      <div>
        <Heading level="1" size="large" spacing>
          {t("suppliers.register.title")}
        </Heading>
        <BodyLong>{t("suppliers.register.intro")}</BodyLong>
      </div>
      <OrgnrLookupForm
        action={ROUTES.register}
        orgnr={lookup.state === "looked_up" || lookup.state === "registered" ? formatOrgnr(lookup.orgnr) : typed}
        error={lookup.state === "invalid" ? t(lookup.messageKey) : undefined}
        labels={{ heading: t("suppliers.register.lookupHeading"), orgnr: t("suppliers.organisation.orgnr"), help: t("suppliers.register.lookupHelp"), lookup: t("suppliers.register.lookup") }}
      />
      {lookup.state === "registered" && <Alert variant="info">{t("suppliers.register.registered")}</Alert>}
      {lookup.state === "looked_up" && lookup.result.status === "found" && (
        <Alert variant="success">{t("suppliers.register.found", { name: lookup.result.organisation.name, form: lookup.result.organisation.organisationForm?.description ?? "–" })}</Alert>
      )}
      {lookup.state === "looked_up" && lookup.result.status === "deleted" && (
        <Alert variant="error">{t("suppliers.register.deleted", { name: lookup.result.organisation.name, date: lookup.result.organisation.deletedOn ?? "" })}</Alert>
      )}
      {lookup.state === "looked_up" && lookup.result.status === "not_found" && <Alert variant="warning">{t("suppliers.register.notFound")}</Alert>}
      {lookup.state === "looked_up" && lookup.result.status === "unavailable" && <Alert variant="warning">{t("suppliers.register.unavailable")}</Alert>}
      {canRegister && lookup.state === "looked_up" && (
        <section aria-labelledby="register-form-heading">
          <Heading level="2" size="medium" spacing id="register-form-heading">
            {t("suppliers.register.formHeading")}
          </Heading>
          <BodyLong spacing>{t("suppliers.register.orgnrChosen", { orgnr: formatOrgnr(lookup.orgnr) })}</BodyLong>
          <RegistrationForm
            action={registerSupplierAction}
            kinds={SUPPLIER_KINDS}
            municipalities={municipalities}
            defaults={{
              orgnr: lookup.orgnr,
              name: prefill?.name ?? "",
              address: prefill?.address?.street ?? "",
              postalCode: prefill?.address?.postalCode ?? "",
              postalPlace: prefill?.address?.postalPlace ?? "",
              organisationForm: prefill?.organisationForm?.code ?? "",
              kind: prefill?.organisationForm?.code === "STI" ? "IDEAL" : prefill?.organisationForm?.code === "KF" ? "PUBLIC" : "COMMERCIAL",
              ownerMunicipality: prefill?.organisationForm?.code === "KF" ? (prefill.address?.municipalityNumber ?? "") : "",
            }}
            labels={{
              organisation: t("suppliers.register.organisation"),
              name: t("suppliers.register.name"),
              address: t("suppliers.register.address"),
              postalCode: t("suppliers.register.postalCode"),
              postalPlace: t("suppliers.register.postalPlace"),
              kind: t("suppliers.register.kind"),
              kindHelp: t("suppliers.register.kindHelp"),
              kinds: Object.fromEntries(SUPPLIER_KINDS.map((kind) => [kind, t(`supplierKind.${kind}`)])),
              ownerMunicipality: t("suppliers.register.ownerMunicipality"),
              ownerMunicipalityHelp: t("suppliers.register.ownerMunicipalityHelp"),
              noOwner: t("suppliers.register.noOwner"),
              contact: t("suppliers.register.contact"),
              contactName: t("suppliers.register.contactName"),
              contactEmail: t("suppliers.register.contactEmail"),
              password: t("suppliers.register.password"),
              passwordHelp: t("suppliers.register.passwordHelp"),
              confirmPassword: t("suppliers.register.confirmPassword"),
              submit: t("suppliers.register.submit"),
              toLogin: t("suppliers.register.toLogin"),
              eventId: t("admin.eventId"),
            }}
          />
        </section>
      )}
    </VStack>
  );
}
