import { BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { FactList } from "@/components/admin/fact-list";
import { RegionSettingsForm } from "@/components/admin/region-settings-form";
import { AppLink } from "@/components/common/app-link";
import { ActionOutcomeProvider } from "@/components/forms/action-outcome";
import { getRegionForAdmin } from "@/lib/admin";
import { requireArea } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";

import { updateRegionSettingsAction } from "../../actions";

export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return pageTitle((await read(getRegionForAdmin, { id: (await params).id })).name);
}

/** A region: its facts, its municipalities, and its own rules for competitions. */
export default async function AdminRegionPage({ params }: PageProps) {
  await requireArea("admin");
  const { t } = await getTranslator();
  const region = await read(getRegionForAdmin, { id: (await params).id });
  return (
    <ActionOutcomeProvider>
      <VStack gap="space-24">
        <AppLink href={ROUTES.adminRegions}>{t("admin.regionPage.back")}</AppLink>
        <Heading level="1" size="large">
          {region.name}
        </Heading>
        <FactList
          items={[
            { term: t("admin.code"), value: <BodyShort>{region.code}</BodyShort> },
            { term: t("admin.seat"), value: <BodyShort>{region.seat}</BodyShort> },
            { term: t("admin.municipalities"), value: <BodyShort>{region.municipalities.map((m) => `${m.name} (${m.number})`).join(", ")}</BodyShort> },
          ]}
        />
        <section aria-labelledby="region-settings">
          <Heading id="region-settings" level="2" size="medium" spacing>
            {t("admin.regionPage.settings")}
          </Heading>
          <RegionSettingsForm
            region={region}
            action={updateRegionSettingsAction}
            labels={{
              eventId: t("admin.eventId"),
              draftApproval: t("admin.regionPage.draftApproval"),
              draftApprovalHelp: t("admin.regionPage.draftApprovalHelp"),
              options: { MANAGER: t("admin.regionPage.approval.MANAGER"), SECOND_OFFICER: t("admin.regionPage.approval.SECOND_OFFICER") },
              openingControl: t("opening.regionSetting.legend"),
              openingControlHelp: t("opening.regionSetting.help"),
              openingOptions: { TWO_PEOPLE: t("opening.regionSetting.TWO_PEOPLE"), ONE_PERSON: t("opening.regionSetting.ONE_PERSON") },
              submit: t("admin.regionPage.save"),
            }}
          />
        </section>
      </VStack>
    </ActionOutcomeProvider>
  );
}
