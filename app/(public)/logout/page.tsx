import { BodyLong, Heading, VStack } from "@navikt/ds-react";
import { redirect } from "next/navigation";

import { titled } from "@/app/_lib/metadata";
import { LogoutForm } from "@/components/auth/logout-form";
import { getActor } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";

export const generateMetadata = titled("logout.title");

/** next-auth's sign-out page (pages.signOut), on Aksel. */
export default async function LogoutPage() {
  // Nobody to log out: the log-in page is what a signed-out visitor is looking for.
  if (!(await getActor())) redirect(ROUTES.login);
  const { t } = await getTranslator();
  return (
    <VStack gap="space-16" className="form-narrow">
      <Heading level="1" size="large">
        {t("logout.title")}
      </Heading>
      <BodyLong>{t("logout.confirm")}</BodyLong>
      <div>
        <LogoutForm label={t("logout.submit")} />
      </div>
    </VStack>
  );
}
