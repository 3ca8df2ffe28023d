import type { Metadata } from "next";
import { Alert, Heading, VStack } from "@navikt/ds-react";

import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { AppLink } from "@/components/common/app-link";
import { read } from "@/app/_lib/read";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";
import { getResetTokenStatus } from "@/lib/users";

import { resetPasswordAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  // The address holds a secret: keep it out of search engines and out of Referer headers.
  return { title: { absolute: t("app.pageTitle", { page: t("passwordReset.title") }) }, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Public: set a new password with a single-use link. Unknown, used and expired links get their own message. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t } = await getTranslator();
  const status = await read(getResetTokenStatus, token);

  if (status !== "valid") {
    return (
      <VStack gap="space-16" className="form-narrow">
        <Heading level="1" size="large">
          {t("passwordReset.invalidTitle")}
        </Heading>
        <Alert variant="warning">{t(`errors.resetToken.${status}`)}</Alert>
        <AppLink href={ROUTES.login}>{t("passwordReset.toLogin")}</AppLink>
      </VStack>
    );
  }
  return (
    <VStack gap="space-16" className="form-narrow">
      <Heading level="1" size="large">
        {t("passwordReset.title")}
      </Heading>
      <ResetPasswordForm
        token={token}
        action={resetPasswordAction}
        labels={{
          intro: t("passwordReset.intro"),
          password: t("passwordReset.password"),
          passwordHelp: t("passwordReset.passwordHelp"),
          confirmPassword: t("passwordReset.confirmPassword"),
          submit: t("passwordReset.submit"),
          toLogin: t("passwordReset.toLogin"),
          eventId: t("admin.eventId"),
        }}
      />
    </VStack>
  );
}
