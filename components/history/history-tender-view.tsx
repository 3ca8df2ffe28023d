import { BodyLong, BodyShort, Heading, VStack } from "@navikt/ds-react";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@navikt/ds-react/Table";

import { AppLink } from "@/components/common/app-link";
import { TableScroll } from "@/components/common/table-scroll";
import type { getHistoryTender } from "@/lib/history/queries/history-tender";
import type { Locale, Translate } from "@/lib/i18n";
import { messagesFor } from "@/lib/i18n";
import { formatNok } from "@/lib/money";
import { ROUTES, officerTender, tenderProtocol } from "@/lib/routes";
import { formatOsloDate, formatOsloDateTime } from "@/lib/time";

type HistoryTender = NonNullable<Awaited<ReturnType<typeof getHistoryTender.load>>>;

/** "tender.announced" → its translated name; an action without one is shown by its code, so nothing is hidden. */
function actionName(action: string, locale: Locale, t: Translate): string {
  const known = (messagesFor(locale).history.action as Record<string, string>)[action];
  return known ?? t("history.action.other", { action });
}

/** The manager's view of one competition: facts, the audit timeline, the award with its justification and scores. */
export function HistoryTenderView({ tender, locale, t }: { tender: HistoryTender; locale: Locale; t: Translate }) {
  const criteria = new Map(tender.criteria.map((criterion) => [criterion.id, criterion]));
  return (
    <VStack gap="space-32">
      <div>
        <AppLink href={ROUTES.history}>{t("history.detail.back")}</AppLink>
        <Heading level="1" size="large" spacing>
          {tender.title}
        </Heading>
        <BodyShort>
          {tender.reference} · {tender.region.name} · {locale === "en" ? tender.measureType.nameEn : tender.measureType.nameNb} · {t(`tenderStatus.${tender.status}`)}
        </BodyShort>
        <BodyShort>
          <AppLink href={tenderProtocol(tender.id)}>{t("history.detail.protocol")}</AppLink> · <AppLink href={officerTender(tender.id)}>{t("history.detail.officerView")}</AppLink>
        </BodyShort>
      </div>

      <section aria-labelledby="history-awards">
        <Heading id="history-awards" level="2" size="medium" spacing>
          {t("history.detail.awards")}
        </Heading>
        {tender.awards.length === 0 ? (
          <BodyShort>{t("history.detail.awardsEmpty")}</BodyShort>
        ) : (
          <VStack gap="space-16">
            {tender.awards.map((award) => (
              <div key={award.id}>
                <Heading level="3" size="small">
                  {award.lot.number}. {award.lot.title}: {award.winningBid.supplier.name} ({award.winningBid.supplier.orgnr})
                </Heading>
                <BodyShort size="small" textColor="subtle">
                  {t("history.detail.proposedBy", { name: award.proposedBy.name, at: formatOsloDateTime(award.proposedAt, locale) })}
                  {award.approvedBy && award.approvedAt ? ` · ${t("history.detail.approvedBy", { name: award.approvedBy.name, at: formatOsloDateTime(award.approvedAt, locale) })}` : ""}
                </BodyShort>
                {award.contract && (
                  <BodyShort size="small">
                    {t("history.detail.contract", { value: formatNok(award.contract.valueOre, locale), from: formatOsloDate(award.contract.startsOn, locale), to: formatOsloDate(award.contract.endsOn, locale) })}
                  </BodyShort>
                )}
                <Heading level="4" size="xsmall">
                  {t("history.detail.reasoning")}
                </Heading>
                <BodyLong>{award.reasoning}</BodyLong>
              </div>
            ))}
          </VStack>
        )}
      </section>

      <section aria-labelledby="history-scores">
        <Heading id="history-scores" level="2" size="medium" spacing>
          {t("history.detail.scores")}
        </Heading>
        {tender.scores.length === 0 ? (
          <BodyShort>{t("history.detail.scoresEmpty")}</BodyShort>
        ) : (
          <TableScroll label={t("history.detail.scores")}>
            <Table size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("history.detail.bidder")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("history.detail.criterion")}</TableHeaderCell>
                  <TableHeaderCell scope="col" align="right">{t("history.detail.weight")}</TableHeaderCell>
                  <TableHeaderCell scope="col" align="right">{t("history.detail.score")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("history.detail.justification")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {tender.scores.map((score) => {
                  const criterion = criteria.get(score.criterionId);
                  return (
                    <TableRow key={score.id}>
                      <TableHeaderCell scope="row">
                        {score.bid.supplier.name} ({score.bid.lot.number})
                      </TableHeaderCell>
                      <TableDataCell>{criterion?.name ?? "–"}</TableDataCell>
                      <TableDataCell align="right">{criterion ? `${criterion.weight.toString()} %` : "–"}</TableDataCell>
                      <TableDataCell align="right">{score.score.toString()}</TableDataCell>
                      <TableDataCell>{score.justification || "–"}</TableDataCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="history-timeline">
        <Heading id="history-timeline" level="2" size="medium" spacing>
          {t("history.detail.timeline")}
        </Heading>
        <BodyShort spacing>{t("history.detail.timelineIntro")}</BodyShort>
        {tender.timeline.length === 0 ? (
          <BodyShort>{t("history.detail.timelineEmpty")}</BodyShort>
        ) : (
          <VStack as="ol" gap="space-8" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {tender.timeline.map((event) => (
              <li key={event.seq}>
                <BodyShort weight="semibold">{actionName(event.action, locale, t)}</BodyShort>
                <BodyShort size="small" textColor="subtle">
                  <time dateTime={event.at.toISOString()}>{formatOsloDateTime(event.at, locale)}</time> ·{" "}
                  {event.actor === "system" ? t("history.detail.system") : event.actor === "supplier" ? t("history.detail.supplierActor") : (event.actor ?? "–")}
                </BodyShort>
              </li>
            ))}
          </VStack>
        )}
      </section>
    </VStack>
  );
}
