import { Alert, BodyLong, BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read, readFound } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { DialogueFacts } from "@/components/dialogues/dialogue-facts";
import { responseFormLabels } from "@/components/dialogues/form-labels";
import { ResponseForm } from "@/components/dialogues/response-form";
import { requireArea } from "@/lib/auth/guard";
import { getClock } from "@/lib/clock";
import { dialoguePhase, RESPONSE_MAX_LENGTH } from "@/lib/dialogues";
import { listOwnResponses } from "@/lib/dialogues/queries/own-responses";
import { getPublishedDialogue } from "@/lib/dialogues/queries/published-dialogues";
import { getTranslator } from "@/lib/i18n/server";
import { publicDialogue, ROUTES } from "@/lib/routes";
import { listOwnSuppliers } from "@/lib/suppliers/queries/list-own-suppliers";
import { formatOsloDateTime } from "@/lib/time";

import { respondToDialogueAction } from "../actions";
import { ReferenceHeading } from "@/components/common/reference-heading";

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return pageTitle((await readFound(getPublishedDialogue, { id: (await params).id })).title);
}

/** A supplier answers a published market dialogue for its organisation, and sees (only) its own answer. */
export default async function PortalDialoguePage({ params }: PageProps) {
  await requireArea("supplier");
  const dialogue = await readFound(getPublishedDialogue, { id: (await params).id });
  const { locale, t } = await getTranslator();
  const [suppliers, answers] = await Promise.all([read(listOwnSuppliers), read(listOwnResponses, { dialogueId: dialogue.id })]);
  const now = getClock().now();
  const phase = dialoguePhase(dialogue, now);
  const answerOf = (supplierId: string) => answers.find((answer) => answer.supplierId === supplierId) ?? null;
  const deadline = formatOsloDateTime(dialogue.responseDeadline, locale);
  return (
    <VStack gap="space-24">
      <AppLink href={ROUTES.portal}>{t("supplier.title")}</AppLink>
      <ReferenceHeading reference={dialogue.reference} title={dialogue.title} />
      <BodyLong style={{ whiteSpace: "pre-line" }}>{dialogue.description}</BodyLong>
      <DialogueFacts dialogue={dialogue} phase={phase} now={now} locale={locale} t={t} />
      <BodyShort>
        <AppLink href={publicDialogue(dialogue.id)}>{t("dialogue.publicPage")}</AppLink>
      </BodyShort>
      <section aria-labelledby="dialogue-respond">
        <Heading id="dialogue-respond" level="2" size="medium" spacing>
          {t("dialogue.respondTitle")}
        </Heading>
        {phase === "OPEN" ? (
          <VStack gap="space-16">
            <BodyLong>{t("dialogue.respondIntro", { region: dialogue.region.name, at: deadline })}</BodyLong>
            <ResponseForm
              action={respondToDialogueAction}
              dialogueId={dialogue.id}
              suppliers={suppliers.map((supplier) => {
                const answer = answerOf(supplier.id);
                return { id: supplier.id, name: supplier.name, answer: answer && { text: answer.text, interested: answer.interested } };
              })}
              maxLength={RESPONSE_MAX_LENGTH}
              labels={responseFormLabels(t, RESPONSE_MAX_LENGTH)}
            />
          </VStack>
        ) : (
          <VStack gap="space-16">
            <Alert variant="info">{t("dialogue.closedForAnswers")}</Alert>
            {answers.map((answer) => (
              <VStack key={answer.id} gap="space-8">
                <Heading level="3" size="xsmall">
                  {t("dialogue.yourAnswer", { at: formatOsloDateTime(answer.updatedAt, locale) })}
                </Heading>
                <BodyLong style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>{answer.text}</BodyLong>
                <BodyShort>{answer.interested ? t("dialogue.interested") : t("dialogue.notInterested")}</BodyShort>
              </VStack>
            ))}
          </VStack>
        )}
      </section>
    </VStack>
  );
}
