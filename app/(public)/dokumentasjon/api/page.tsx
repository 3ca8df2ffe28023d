import { BodyLong, Heading, Link, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { ApiReference } from "@/components/api-docs/api-reference";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";

export const generateMetadata = titled("api.docs.title");

/** The REST API v1 for people: what it is, how to authenticate, and the OpenAPI 3.1 description rendered. */
export default async function ApiDocsPage() {
  const { t } = await getTranslator();
  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {t("api.docs.title")}
        </Heading>
        <BodyLong spacing>{t("api.docs.intro")}</BodyLong>
        <BodyLong spacing>{t("api.docs.auth")}</BodyLong>
        <BodyLong spacing>{t("api.docs.errors")}</BodyLong>
        <Link href={ROUTES.openApi}>{t("api.docs.specLink")}</Link>
      </div>
      <ApiReference url={ROUTES.openApi} />
    </VStack>
  );
}
