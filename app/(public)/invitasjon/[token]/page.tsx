import type { Metadata } from "next";
import { Alert, BodyLong, Heading, VStack } from "@navikt/ds-react";

import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { AcceptInvitationForm } from "@/components/suppliers/accept-invitation-form";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";
import { getInvitationStatus } from "@/lib/suppliers";

import { acceptInvitationAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  // The address holds a secret: keep it out of search engines and out of Referer headers.
  return { title: { absolute: t("app.pageTitle", { page: t("suppliers.invitation.title") }) }, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Public: join a supplier organisation with a single-use invitation link. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t } = await getTranslator();
  const invitation = await read(getInvitationStatus, token);
  if (invitation.status !== "valid") {
    return (
      <VStack gap="space-16" className="form-narrow">
        <Heading level="1" size="large">
          {t("suppliers.invitation.invalidTitle")}
        </Heading>
        <Alert variant="warning">{t(`suppliers.invitation.status.${invitation.status}`)}</Alert>
        <AppLink href={ROUTES.login}>{t("suppliers.invitation.toLogin")}</AppLink>
      </VStack>
    );
  }
  return (
    <VStack gap="space-16" className="form-narrow">
      <Heading level="1" size="large">
        {t("suppliers.invitation.title")}
      </Heading>
      <BodyLong>{t("suppliers.invitation.intro", { supplier: invitation.supplierName, email: invitation.email })}</BodyLong>
      <BodyLong>{t(invitation.existingAccount ? "suppliers.invitation.introExisting" : "suppliers.invitation.introNew")}</BodyLong>
      <AcceptInvitationForm
        token={token}
        existingAccount={invitation.existingAccount}
        action={acceptInvitationAction}
        labels={{
          name: t("suppliers.invitation.name"),
          password: t("suppliers.invitation.password"),
          currentPassword: t("suppliers.invitation.currentPassword"),
          passwordHelp: t("suppliers.invitation.passwordHelp"),
          confirmPassword: t("suppliers.invitation.confirmPassword"),
          submit: t("suppliers.invitation.submit"),
          toLogin: t("suppliers.invitation.toLogin"),
          eventId: t("admin.eventId"),
        }}
      />
    </VStack>
  );
}
