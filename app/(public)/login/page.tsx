import { Heading } from "@navikt/ds-react";
import { redirect } from "next/navigation";

import { titled } from "@/app/_lib/metadata";

import { LoginForm } from "@/components/auth/login-form";
import { isLoginErrorCode } from "@/lib/auth/login-errors";
import { isOidcEnabled } from "@/lib/auth/oidc";
import { getActor } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { safeCallbackUrl } from "@/lib/security/callback-url";
import { ROUTES } from "@/lib/routes";
import { AppLink } from "@/components/common/app-link";

export const generateMetadata = titled("login.title");

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { t } = await getTranslator();
  const params = await searchParams;
  const callbackUrl = params.callbackUrl ? safeCallbackUrl(params.callbackUrl) : ROUTES.start;
  // Already signed in: carry on to where they were going.
  if (await getActor()) redirect(callbackUrl);
  return (
    <div className="form-narrow">
      <Heading level="1" size="large" spacing>
        {t("login.title")}
      </Heading>
      <LoginForm
        callbackUrl={callbackUrl}
        showSso={isOidcEnabled()}
        initialError={isLoginErrorCode(params.error) ? t(`login.errors.${params.error}`) : undefined}
        labels={{
          email: t("login.email"),
          password: t("login.password"),
          submit: t("login.submit"),
          sso: t("login.sso"),
          or: t("login.or"),
          errors: {
            INVALID_CREDENTIALS: t("login.errors.INVALID_CREDENTIALS"),
            RATE_LIMITED: t("login.errors.RATE_LIMITED"),
            ACCOUNT_DEACTIVATED: t("login.errors.ACCOUNT_DEACTIVATED"),
            missingEmail: t("login.errors.missingEmail"),
            missingPassword: t("login.errors.missingPassword"),
            generic: t("login.errors.generic"),
          },
        }}
      />
      <p><AppLink href={ROUTES.register}>{t("suppliers.register.loginLink")}</AppLink></p>
    </div>
  );
}
