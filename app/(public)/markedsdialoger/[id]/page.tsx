import { BodyLong, BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { readFound } from "@/app/_lib/read";
import { AppButtonLink, AppLink } from "@/components/common/app-link";
import { DialogueFacts } from "@/components/dialogues/dialogue-facts";
import { getClock } from "@/lib/clock";
import { dialoguePhase } from "@/lib/dialogues";
import { getPublishedDialogue } from "@/lib/dialogues/queries/published-dialogues";
import { getTranslator } from "@/lib/i18n/server";
import { portalDialogue, publicNotice, ROUTES } from "@/lib/routes";
import { ReferenceHeading } from "@/components/common/reference-heading";

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return pageTitle((await readFound(getPublishedDialogue, { id: (await params).id })).title);
}

/** A published market dialogue for anyone: the planned purchase, the meeting, the deadline (Oslo time), the E1 notice. */
export default async function PublicDialoguePage({ params }: PageProps) {
  const dialogue = await readFound(getPublishedDialogue, { id: (await params).id });
  const { locale, t } = await getTranslator();
  const now = getClock().now();
  const phase = dialoguePhase(dialogue, now);
  const api = `/api/v1/dialogues/${encodeURIComponent(dialogue.id)}`;
  return (
    <VStack gap="space-24">
      <AppLink href={ROUTES.dialogues}>{t("dialogue.back")}</AppLink>
      <ReferenceHeading reference={dialogue.reference} title={dialogue.title} />
      <BodyLong style={{ whiteSpace: "pre-line" }}>{dialogue.description}</BodyLong>
      <section aria-labelledby="dialogue-facts">
        <Heading id="dialogue-facts" level="2" size="medium" spacing>
          {t("dialogue.facts")}
        </Heading>
        <DialogueFacts dialogue={dialogue} phase={phase} now={now} locale={locale} t={t} />
      </section>
      {phase === "OPEN" && (
        <VStack gap="space-8" align="start">
          <BodyShort>{t("dialogue.respondLogin")}</BodyShort>
          <AppButtonLink href={portalDialogue(dialogue.id)} variant="secondary">
            {t("dialogue.respondCta")}
          </AppButtonLink>
        </VStack>
      )}
      {dialogue.tender?.announcedAt && (
        <BodyShort>
          <AppLink href={publicNotice(dialogue.tender.id)}>{t("dialogue.tenderAnnounced", { reference: dialogue.tender.reference })}</AppLink>
        </BodyShort>
      )}
      <BodyShort>
        <a className="aksel-link" href={`${api}/notice.xml`}>
          {t("dialogue.eforms")}
        </a>
        {" · "}
        <a className="aksel-link" href={`${api}/notice.json`}>
          {t("dialogue.eformsJson")}
        </a>
      </BodyShort>
    </VStack>
  );
}
