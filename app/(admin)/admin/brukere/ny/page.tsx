import { titled } from "@/app/_lib/metadata";
import { Heading, VStack } from "@navikt/ds-react";
import { AppLink } from "@/components/common/app-link";

import { CreateUserForm } from "@/components/admin/create-user-form";
import { requireArea } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n/server";

import { roleScopeLabels, roleScopeOptions } from "../../_lib/form-props";
import { createUserAction } from "../../actions";
import { ROUTES } from "@/lib/routes";

export const dynamic = "force-dynamic";

export const generateMetadata = titled("admin.newUser");

export default async function NewUserPage() {
  await requireArea("admin");
  const { t } = await getTranslator();
  const options = await roleScopeOptions(t);
  return (
    <VStack gap="space-24">
      <AppLink href={ROUTES.adminUsers}>
        {t("admin.back")}
      </AppLink>
      <Heading level="1" size="large">
        {t("admin.newUser")}
      </Heading>
      <CreateUserForm
        action={createUserAction}
        options={options}
        locales={[
          { value: "nb", label: t("nav.languageName.nb") },
          { value: "en", label: t("nav.languageName.en") },
        ]}
        labels={{
          ...roleScopeLabels(t),
          email: t("admin.email"),
          name: t("admin.name"),
          password: t("admin.password"),
          passwordHelp: t("admin.passwordHelp"),
          locale: t("admin.locale"),
          submit: t("admin.create"),
        }}
      />
    </VStack>
  );
}
