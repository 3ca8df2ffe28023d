import { Alert, BodyLong, BodyShort, Heading, VStack } from "@navikt/ds-react";
import { List, ListItem } from "@navikt/ds-react/List";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { readFound } from "@/app/_lib/read";
import { FactList } from "@/components/admin/fact-list";
import { AppLink } from "@/components/common/app-link";
import { Countdown } from "@/components/common/countdown";
import { countdownLabels } from "@/components/common/countdown-labels";
import { DraftModelFacts } from "@/components/tenders/draft-model-facts";
import { PublishedQaSection } from "@/components/tenders/published-qa-section";
import { espdLabel, requirementEspdCode } from "@/lib/bids/espd";
import { getClock } from "@/lib/clock";
import { getTranslator } from "@/lib/i18n/server";
import { formatNok } from "@/lib/money";
import { portalTender, ROUTES } from "@/lib/routes";
import { describeDraftModel } from "@/lib/tenders/draft-view";
import { getPublishedTender } from "@/lib/tenders/queries/published-tender";
import { publishedQa } from "@/lib/tenders/questions/public";
import { formatOsloDateTime } from "@/lib/time";

import { isClosedForBids } from "@/lib/tenders/closed";
import { NoticeDocumentsAndChanges } from "./_sections/documents-and-changes";
import { ReferenceHeading } from "@/components/common/reference-heading";

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return pageTitle((await readFound(getPublishedTender, { id: (await params).id })).title);
}

/** A published notice, for anyone: what is bought, where, by which rules and criteria, and by when (Oslo time). */
export default async function NoticePage({ params }: PageProps) {
  const tender = await readFound(getPublishedTender, { id: (await params).id });
  const { locale, t } = await getTranslator();
  const now = getClock().now();
  const fact = (term: string, value: string) => ({ term, value: <BodyShort>{value}</BodyShort> });
  const children = (id: string) => tender.criteria.filter((criterion) => criterion.parentId === id);
  const api = `/api/v1/tenders/${encodeURIComponent(tender.id)}`;

  return (
    <VStack gap="space-24">
      <AppLink href={ROUTES.notices}>{t("notice.back")}</AppLink>
      <ReferenceHeading reference={tender.reference} title={tender.title} />
      {tender.cancelledAt && <Alert variant="warning">{t("notice.cancelled", { reason: tender.cancelReason ?? "" })}</Alert>}
      {isClosedForBids(tender, now) && <Alert variant="info">{t("opening.closedForBidsAt", { at: formatOsloDateTime(tender.deadline!, locale) })}</Alert>}
      <BodyLong>{tender.description}</BodyLong>
      <section aria-labelledby="notice-facts">
        <Heading id="notice-facts" level="2" size="medium" spacing>
          {t("notice.facts")}
        </Heading>
        <FactList
          items={[
            fact(t("notice.buyer"), `Arbeids- og velferdsetaten, ${tender.region.name}`),
            fact(t("notice.measure"), locale === "en" ? tender.measureType.nameEn : tender.measureType.nameNb),
            fact(t("notice.regime"), t(`regime.${tender.regime}`)),
            fact(t("notice.procedure"), t(`procedure.${tender.procedure}`)),
            fact(t("notice.estimatedValue"), formatNok(tender.estimatedValueOre, locale)),
            fact(t("notice.contractPeriod"), t(`tender.optionModels.${tender.optionModel}`)),
            fact(t("notice.questionDeadline"), tender.questionDeadline ? formatOsloDateTime(tender.questionDeadline, locale) : "–"),
            {
              term: t("notice.deadline"),
              value: tender.deadline ? (
                <BodyShort>
                  <time dateTime={tender.deadline.toISOString()}>{formatOsloDateTime(tender.deadline, locale)}</time>
                  {" ("}
                  <Countdown deadline={tender.deadline.toISOString()} serverNow={now.toISOString()} labels={countdownLabels(t)} />
                  {")"}
                </BodyShort>
              ) : (
                <BodyShort>–</BodyShort>
              ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="notice-lots">
        <Heading id="notice-lots" level="2" size="medium" spacing>
          {t("notice.lots")}
        </Heading>
        <List>
          {tender.lots.map((lot) => (
            <ListItem key={lot.number}>
              {`${lot.number}. ${lot.title} – ${t("notice.places", { places: lot.places })}${lot.continuousIntake ? `, ${t("notice.continuousIntake")}` : ""}`}
            </ListItem>
          ))}
        </List>
      </section>
      <DraftModelFacts id="notice-draft-model" title={t("draftModel.factsTitle")} labels={{ lots: t("draftModel.lotsArea"), evaluation: t("draftModel.evaluationTitle"), resultsBased: t("draftModel.resultsTitle"), reservation: t("draftModel.reservationFact") }} facts={describeDraftModel(tender, t, locale)} />
      <section aria-labelledby="notice-criteria">
        <Heading id="notice-criteria" level="2" size="medium" spacing>
          {t("notice.criteria")}
        </Heading>
        <List>
          {tender.criteria
            .filter((criterion) => criterion.parentId === null)
            .map((criterion) => (
              <ListItem key={criterion.id}>
                {`${criterion.name}: ${criterion.weight.toString()} %`}
                {children(criterion.id).length > 0 && (
                  <List>
                    {children(criterion.id).map((child) => (
                      <ListItem key={child.id}>{`${child.name}: ${child.weight.toString()} %`}</ListItem>
                    ))}
                  </List>
                )}
              </ListItem>
            ))}
        </List>
      </section>
      <section aria-labelledby="notice-requirements">
        <Heading id="notice-requirements" level="2" size="medium" spacing>
          {t("notice.requirements")}
        </Heading>
        {tender.requirements.length === 0 ? (
          <BodyShort>{t("notice.noRequirements")}</BodyShort>
        ) : (
          <List>
            {tender.requirements.map((r) => {
              const code = requirementEspdCode(r.espdCode);
              return (
                <ListItem key={r.id}>
                  {r.requirement}
                  <BodyShort size="small" textColor="subtle">
                    {code ? t("bids.form.requirementEspd", { criterion: espdLabel(t, code) }) : t("bids.form.requirementNational")}
                    {r.documentation ? ` ${t("bids.form.requirementDocumentation", { text: r.documentation })}` : ""}
                  </BodyShort>
                </ListItem>
              );
            })}
          </List>
        )}
      </section>
      <PublishedQaSection items={publishedQa(tender.questions)} locale={locale} t={t} />
      {tender.status === "ANNOUNCED" && <AppLink href={portalTender(tender.id)}>{t("questions.public.portalLink")}</AppLink>}
      <NoticeDocumentsAndChanges tenderId={tender.id} />
      <BodyShort>
        <a className="aksel-link" href={`${api}/notice.xml`}>
          {t("notice.eforms")}
        </a>
        {" · "}
        <a className="aksel-link" href={`${api}/notice.json`}>
          {t("notice.eformsJson")}
        </a>
      </BodyShort>
    </VStack>
  );
}
