import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { NewDraftForm } from "@/components/tenders/new-draft-form";
import { requireArea } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";
import { listDraftRegions, listMeasureTypes } from "@/lib/tenders/queries/draft-options";

import { createDraftAction } from "../actions";

export const generateMetadata = titled("tender.newTitle");

export default async function NewTenderPage() {
  await requireArea("officer");
  const { locale, t } = await getTranslator();
  const [measures, regions] = await Promise.all([read(listMeasureTypes), read(listDraftRegions)]);
  return (
    <VStack gap="space-24">
      <AppLink href={ROUTES.officer}>{t("tender.backToList")}</AppLink>
      <Heading level="1" size="large">
        {t("tender.newTitle")}
      </Heading>
      <BodyLong>{t("tender.newIntro")}</BodyLong>
      <NewDraftForm
        action={createDraftAction}
        regions={regions}
        measures={measures.map((measure) => {
          const name = locale === "en" ? measure.nameEn : measure.nameNb;
          if (measure.acquisition === "PROCURED") return { id: measure.id, label: name };
          return {
            id: measure.id,
            label: t("tender.notTenderedOption", { name, acquisition: t(`acquisition.${measure.acquisition}`) }),
            notTendered: t(`errors.tender.notTendered.${measure.acquisition}`),
          };
        })}
        labels={{
          measureType: t("tender.measureType"),
          chooseMeasureType: t("tender.chooseMeasureType"),
          region: t("tender.region"),
          chooseRegion: t("tender.chooseRegion"),
          title: t("tender.title"),
          create: t("tender.create"),
          eventId: t("admin.eventId"),
        }}
      />
    </VStack>
  );
}
