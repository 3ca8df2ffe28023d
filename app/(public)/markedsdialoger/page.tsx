import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { DialoguesTable } from "@/components/dialogues/dialogues-table";
import { getClock } from "@/lib/clock";
import { listPublishedDialogues } from "@/lib/dialogues/queries/published-dialogues";
import { getTranslator } from "@/lib/i18n/server";
import { publicDialogue, ROUTES } from "@/lib/routes";

export const generateMetadata = titled("dialogue.publicList");

/** Published market dialogues for anyone: those open for answers first, then closed and converted ones. */
export default async function PublicDialoguesPage() {
  const { locale, t } = await getTranslator();
  const { items } = await read(listPublishedDialogues, { pageSize: 100 });
  return (
    <VStack gap="space-24">
      <AppLink href={ROUTES.home}>{t("notice.back")}</AppLink>
      <div>
        <Heading level="1" size="xlarge" spacing>
          {t("dialogue.publicList")}
        </Heading>
        <BodyLong>{t("dialogue.publicListIntro")}</BodyLong>
      </div>
      <DialoguesTable dialogues={items} href={publicDialogue} caption={t("dialogue.publicList")} emptyText={t("dialogue.publicEmpty")} now={getClock().now()} locale={locale} t={t} />
    </VStack>
  );
}
