import { BodyLong, Heading, HStack, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppButtonLink, AppLink } from "@/components/common/app-link";
import { DialoguesTable } from "@/components/dialogues/dialogues-table";
import { requireArea } from "@/lib/auth/guard";
import { readScope } from "@/lib/auth/policy";
import { getClock } from "@/lib/clock";
import { listDialoguesInScope } from "@/lib/dialogues/queries/officer-dialogues";
import { getTranslator } from "@/lib/i18n/server";
import { officerDialogue, ROUTES } from "@/lib/routes";

export const generateMetadata = titled("dialogue.listTitle");

/** The region's market dialogues, newest first, with "Ny markedsdialog". */
export default async function OfficerDialoguesPage() {
  const actor = await requireArea("officer");
  const { locale, t } = await getTranslator();
  const dialogues = await read(listDialoguesInScope);
  const mayCreate = readScope(actor, "dialogue.create").length > 0;
  return (
    <VStack gap="space-16">
      <AppLink href={ROUTES.officer}>{t("tender.backToList")}</AppLink>
      <HStack justify="space-between" align="center" gap="space-16">
        <Heading level="1" size="large">
          {t("dialogue.listTitle")}
        </Heading>
        {mayCreate && <AppButtonLink href={ROUTES.newDialogue}>{t("dialogue.newDialogue")}</AppButtonLink>}
      </HStack>
      <BodyLong>{t("dialogue.listIntro")}</BodyLong>
      <DialoguesTable dialogues={dialogues} href={officerDialogue} caption={t("dialogue.listTitle")} emptyText={t("dialogue.empty")} now={getClock().now()} locale={locale} t={t} />
    </VStack>
  );
}
