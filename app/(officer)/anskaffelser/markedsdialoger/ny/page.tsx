import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { DialogueForm } from "@/components/dialogues/dialogue-form";
import { dialogueFormLabels } from "@/components/dialogues/form-labels";
import { requireArea } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";
import { listDraftRegions, listMeasureTypes } from "@/lib/tenders/queries/draft-options";

import { createDialogueAction } from "../actions";

export const generateMetadata = titled("dialogue.newDialogue");

export default async function NewDialoguePage() {
  await requireArea("officer");
  const { locale, t } = await getTranslator();
  const [measures, regions] = await Promise.all([read(listMeasureTypes), read(listDraftRegions)]);
  return (
    <VStack gap="space-24">
      <AppLink href={ROUTES.officerDialogues}>{t("dialogue.backToList")}</AppLink>
      <Heading level="1" size="large">
        {t("dialogue.newDialogue")}
      </Heading>
      <BodyLong>{t("dialogue.newIntro")}</BodyLong>
      <DialogueForm
        action={createDialogueAction}
        regions={regions}
        measures={measures.filter((measure) => measure.acquisition === "PROCURED").map((measure) => ({ id: measure.id, label: locale === "en" ? measure.nameEn : measure.nameNb }))}
        labels={dialogueFormLabels(t, t("dialogue.create"))}
      />
    </VStack>
  );
}
