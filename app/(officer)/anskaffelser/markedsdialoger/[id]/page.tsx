import { BodyLong, BodyShort, Box, Heading, Tag, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { DialogueFacts } from "@/components/dialogues/dialogue-facts";
import { DialogueForm } from "@/components/dialogues/dialogue-form";
import { DialogueStepForm } from "@/components/dialogues/dialogue-step-form";
import { dialogueFormLabels } from "@/components/dialogues/form-labels";
import { ActionOutcomeProvider, ArrivalMessage } from "@/components/forms/action-outcome";
import { requireArea } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { getClock } from "@/lib/clock";
import { dialoguePhase } from "@/lib/dialogues";
import { getDialogueForOfficer } from "@/lib/dialogues/queries/officer-dialogues";
import { getTranslator } from "@/lib/i18n/server";
import { officerTender, publicDialogue, ROUTES } from "@/lib/routes";
import { listMeasureTypes } from "@/lib/tenders/queries/draft-options";
import { formatOsloDateTime, formatOsloInput } from "@/lib/time";

import { convertDialogueAction, publishDialogueAction, updateDialogueAction } from "../actions";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return pageTitle((await read(getDialogueForOfficer, { id: (await params).id })).title);
}

/** One market dialogue: a draft's form and publish step; once published the answers and the step into a competition. */
export default async function OfficerDialoguePage({ params, searchParams }: PageProps) {
  const actor = await requireArea("officer");
  const { locale, t } = await getTranslator();
  const [dialogue, measures] = await Promise.all([read(getDialogueForOfficer, { id: (await params).id }), read(listMeasureTypes)]);
  const now = getClock().now();
  const phase = dialoguePhase(dialogue, now);
  const feedback = { eventId: t("admin.eventId") };
  const step = { id: dialogue.id, version: dialogue.version };
  const wall = (instant: Date | null) => (instant ? formatOsloInput(instant) : "");
  const justPublished = (await searchParams)?.done === "published" && dialogue.status === "PUBLISHED";

  return (
    <ActionOutcomeProvider arrival={justPublished}>
      <VStack gap="space-24">
        <AppLink href={ROUTES.officerDialogues}>{t("dialogue.backToList")}</AppLink>
        <VStack gap="space-8">
          <BodyShort textColor="subtle">
            {dialogue.reference} · {dialogue.region.name} · {t("dialogue.createdBy")} {dialogue.createdBy.name}
          </BodyShort>
          <Heading level="1" size="large">
            {dialogue.title}
          </Heading>
          <div>
            <Tag variant={phase === "OPEN" ? "success" : "neutral"} size="small">
              {t(`dialoguePhase.${phase}`)}
            </Tag>
          </div>
        </VStack>

        <ArrivalMessage message={t("dialogue.published")} show={justPublished} param="done" />
        {dialogue.status === "DRAFT" && can(actor, "dialogue.update", dialogue) ? (
          <DialogueForm
            action={updateDialogueAction}
            measures={measures.filter((measure) => measure.acquisition === "PROCURED").map((measure) => ({ id: measure.id, label: locale === "en" ? measure.nameEn : measure.nameNb }))}
            existing={{
              id: dialogue.id,
              version: dialogue.version,
              values: {
                title: dialogue.title, description: dialogue.description, measureTypeId: dialogue.measureTypeId, meetingAt: wall(dialogue.meetingAt),
                meetingPlace: dialogue.meetingPlace ?? "", responseDeadline: wall(dialogue.responseDeadline),
                plannedAnnouncement: dialogue.plannedAnnouncement ? dialogue.plannedAnnouncement.toISOString().slice(0, 10).split("-").reverse().join(".") : "",
              },
            }}
            labels={dialogueFormLabels(t, t("dialogue.save"))}
          />
        ) : (
          <>
            <BodyLong style={{ whiteSpace: "pre-line" }}>{dialogue.description}</BodyLong>
            <section aria-labelledby="dialogue-facts">
              <Heading id="dialogue-facts" level="2" size="medium" spacing>
                {t("dialogue.facts")}
              </Heading>
              <DialogueFacts dialogue={dialogue} phase={phase} now={now} locale={locale} t={t} />
            </section>
            <BodyShort>
              <AppLink href={publicDialogue(dialogue.id)}>{t("dialogue.publicPage")}</AppLink>
            </BodyShort>
          </>
        )}

        {dialogue.status === "DRAFT" && can(actor, "dialogue.publish", dialogue) && (
          <section aria-labelledby="dialogue-publish">
            <Heading id="dialogue-publish" level="2" size="medium" spacing>
              {t("dialogue.publish")}
            </Heading>
            <DialogueStepForm action={publishDialogueAction} dialogue={step} submitLabel={t("dialogue.publish")} help={t("dialogue.publishHelp")} labels={feedback} />
          </section>
        )}

        {dialogue.status !== "DRAFT" && (
          <section aria-labelledby="dialogue-answers">
            <Heading id="dialogue-answers" level="2" size="medium" spacing>
              {t("dialogue.answersTitle")} ({dialogue.responses.length})
            </Heading>
            <BodyShort textColor="subtle" spacing>
              {t("dialogue.answersPrivate")}
            </BodyShort>
            {dialogue.responses.length === 0 ? (
              <BodyShort>{t("dialogue.noAnswers")}</BodyShort>
            ) : (
              <VStack as="ul" gap="space-16" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {dialogue.responses.map((response) => (
                  <Box as="li" key={response.id} padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
                    <VStack gap="space-8">
                      <Heading level="3" size="xsmall">
                        {response.supplier.name}
                      </Heading>
                      <BodyShort size="small" textColor="subtle">
                        {t("dialogue.answeredBy", { orgnr: response.supplier.orgnr, user: response.user.name, at: formatOsloDateTime(response.submittedAt, locale) })}
                        {response.updatedAt.getTime() !== response.submittedAt.getTime() && ` · ${t("dialogue.updatedAt", { at: formatOsloDateTime(response.updatedAt, locale) })}`}
                      </BodyShort>
                      <div>
                        <Tag variant={response.interested ? "success" : "neutral"} size="small">
                          {response.interested ? t("dialogue.interested") : t("dialogue.notInterested")}
                        </Tag>
                      </div>
                      <BodyLong style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>{response.text}</BodyLong>
                    </VStack>
                  </Box>
                ))}
              </VStack>
            )}
          </section>
        )}

        {dialogue.status === "PUBLISHED" && can(actor, "dialogue.convert", dialogue) && (
          <section aria-labelledby="dialogue-convert">
            <Heading id="dialogue-convert" level="2" size="medium" spacing>
              {t("dialogue.convert")}
            </Heading>
            <DialogueStepForm action={convertDialogueAction} dialogue={step} submitLabel={t("dialogue.convert")} help={t("dialogue.convertHelp")} labels={feedback} />
          </section>
        )}

        {dialogue.tender && (
          <BodyShort>
            <AppLink href={officerTender(dialogue.tender.id)}>{t("dialogue.tenderLink", { reference: dialogue.tender.reference })}</AppLink>
          </BodyShort>
        )}
      </VStack>
    </ActionOutcomeProvider>
  );
}
