import { read } from "@/app/_lib/read";
import { titled } from "@/app/_lib/metadata";
import { BodyLong, Heading, HGrid, VStack } from "@navikt/ds-react";
import { LinkCard, LinkCardAnchor, LinkCardDescription, LinkCardTitle } from "@navikt/ds-react/LinkCard";
import NextLink from "next/link";

import { getAdminOverview } from "@/lib/admin";
import { requireArea } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";

export const dynamic = "force-dynamic";

export const generateMetadata = titled("admin.title");

export default async function AdminHomePage() {
  await requireArea("admin");
  const { t } = await getTranslator();
  const overview = await read(getAdminOverview);
  const cards = [
    { href: ROUTES.adminUsers, title: t("admin.users"), description: t("admin.activeCount", { active: overview.activeUsers, count: overview.users }) },
    { href: ROUTES.adminSuppliers, title: t("admin.suppliers"), description: t("admin.count", { count: overview.suppliers }) },
    { href: ROUTES.adminRegions, title: t("admin.regions"), description: t("admin.count", { count: overview.regions }) },
    { href: ROUTES.adminMeasureTypes, title: t("admin.measureTypes"), description: t("admin.count", { count: overview.measureTypes }) },
  ];
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t("admin.title")}
        </Heading>
        <BodyLong>{t("admin.intro")}</BodyLong>
      </VStack>
      <HGrid as="ul" gap="space-16" columns={{ xs: 1, md: 2 }} style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {cards.map((card) => (
          <li key={card.href}>
            <LinkCard>
              <LinkCardTitle as="h2">
                <LinkCardAnchor asChild>
                  <NextLink href={card.href}>{card.title}</NextLink>
                </LinkCardAnchor>
              </LinkCardTitle>
              <LinkCardDescription>{card.description}</LinkCardDescription>
            </LinkCard>
          </li>
        ))}
      </HGrid>
    </VStack>
  );
}
