import { Alert, BodyShort, Heading, Textarea, VStack } from "@navikt/ds-react";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@navikt/ds-react/Table";
import { List, ListItem } from "@navikt/ds-react/List";
import Decimal from "decimal.js";

import { read } from "@/app/_lib/read";
import { FactList } from "@/components/admin/fact-list";
import { TableScroll } from "@/components/common/table-scroll";
import { EvaluationForm } from "@/components/evaluation/evaluation-form";
import { EvaluationHeader } from "@/components/evaluation/evaluation-header";
import { rounded } from "@/components/evaluation/format";
import { requireArea } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { getEvaluationResult } from "@/lib/evaluation/queries/result";
import { getResultTitle } from "@/lib/evaluation/queries/titles";
import type { TenderEvaluation } from "@/lib/evaluation/result/compute";
import type { Translate } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { formatNok } from "@/lib/money";
import { officerTender } from "@/lib/routes";
import { formatOsloDateTime } from "@/lib/time";

import { proposeAwardAction } from "../../evaluation-actions";
import { evaluationTitle } from "../_lib/evaluation-title";

interface PageProps {
  params: Promise<{ id: string }>;
}

export const generateMetadata = evaluationTitle(getResultTitle, "evaluation.result.title");

function priceFormula(evaluation: TenderEvaluation, t: Translate): string {
  const model = evaluation.priceModel;
  const max = evaluation.maxPoints;
  if (model.kind === "proportional") return t("evaluation.formula.proportional", { max });
  if (model.kind === "linear-relative") return t("evaluation.formula.linearRelative", { max, k: model.zeroAtMultipleOfLowest });
  return t("evaluation.formula.linearAbsolute", { max, zero: model.zeroPointsAt, full: model.fullPointsAt });
}

/**
 * The result: per lot every intermediate number from lib/scoring (prices, price and quality points, weighted parts,
 * totals, ranks, ties) with the formulas, the sensitivity, the logged runs, and the award proposal.
 */
export default async function ResultPage({ params }: PageProps) {
  const actor = await requireArea("officer");
  const { locale, t } = await getTranslator();
  const result = await read(getEvaluationResult, { tenderId: (await params).id });
  const evaluation = result.evaluation;
  const mayPropose = result.status === "EVALUATION" && evaluation?.complete === true && can(actor, "award.propose", result);
  const names = new Map(evaluation?.lots.flatMap((lot) => lot.bids.map((b) => [b.id, b.supplierName] as const)) ?? []);
  const criterionName = (id: string) => evaluation?.criteria.find((c) => c.id === id)?.name ?? id;
  return (
    <VStack gap="space-24">
      <EvaluationHeader
        backHref={officerTender(result.id)}
        backLabel={t("evaluation.backToTender")}
        context={`${result.reference} · ${result.title}`}
        title={t("evaluation.result.title", { reference: result.reference })}
        intro={t("evaluation.result.intro")}
      />
      {result.errorKey && <Alert variant="error">{t(result.errorKey)}</Alert>}
      {!evaluation && !result.errorKey && <Alert variant="info">{t("evaluation.result.notYet")}</Alert>}
      {evaluation && (
        <>
          <VStack gap="space-12" as="section" aria-labelledby="model">
            <Heading id="model" level="2" size="medium">
              {t("evaluation.result.model")}
            </Heading>
            <FactList
              items={[
                { term: t("evaluation.result.priceModel"), value: <BodyShort>{priceFormula(evaluation, t)}</BodyShort> },
                { term: t("evaluation.result.qualityMode"), value: <BodyShort>{t(evaluation.qualityMode === "absolute" ? "evaluation.formula.qualityAbsolute" : "evaluation.formula.qualityRelative", { max: evaluation.maxPoints })} ({t(`evaluation.qualityModes.${evaluation.qualityMode}`)})</BodyShort> },
                { term: t("evaluation.result.formula"), value: <BodyShort>{t("evaluation.formula.total")}</BodyShort> },
                { term: t("evaluation.result.tieBreak"), value: <BodyShort>{t(`evaluation.tieBreaks.${evaluation.tieBreak}`)}</BodyShort> },
                { term: t("evaluation.result.maxPoints", { max: evaluation.maxPoints }), value: <BodyShort>{evaluation.criteria.map((c) => `${c.name} ${c.weightNumber} %`).join(" · ")}</BodyShort> },
              ]}
            />
          </VStack>
          {evaluation.lots.map((lot) => {
            const headingId = `lot-${lot.lotNumber}`;
            if (lot.input === null) {
              return (
                <Alert key={lot.lotId} variant="info">
                  {t("evaluation.result.incomplete", { missing: lot.missingConsensus, number: lot.lotNumber })}
                </Alert>
              );
            }
            const lowest = lot.bids.reduce((low, b) => (b.priceOre < low ? b.priceOre : low), lot.bids[0]!.priceOre);
            return (
              <VStack key={lot.lotId} gap="space-12" as="section" aria-labelledby={headingId} data-lot={lot.lotNumber}>
                <Heading id={headingId} level="2" size="medium">
                  {t("evaluation.result.lot", { number: lot.lotNumber, title: lot.lotTitle })}
                </Heading>
                <BodyShort>{t("evaluation.formula.lowest", { price: formatNok(lowest, locale) })}</BodyShort>
                <TableScroll label={t("evaluation.result.lot", { number: lot.lotNumber, title: lot.lotTitle })}>
                  <Table size="small">
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t("evaluation.result.rank")}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t("evaluation.result.supplier")}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t("evaluation.result.price")}</TableHeaderCell>
                        {evaluation.criteria.map((c) => (
                          <TableHeaderCell key={c.id} scope="col">
                            {c.name} ({c.weightNumber} %): {t("evaluation.result.points")} → {t("evaluation.result.weighted")}
                          </TableHeaderCell>
                        ))}
                        <TableHeaderCell scope="col">{t("evaluation.result.total")}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {lot.results.map((r) => {
                        const bid = lot.bids.find((b) => b.id === r.id)!;
                        const sharedRank = lot.results.some((o) => o.id !== r.id && o.rank === r.rank);
                        return (
                          <TableRow key={r.id} data-bid={bid.supplierName} data-total={r.total}>
                            <TableDataCell>{r.rank}</TableDataCell>
                            <TableDataCell>
                              {bid.supplierName}
                              {r.tiedWith.length > 0 && (
                                <BodyShort size="small" textColor="subtle">
                                  {sharedRank ? t("evaluation.result.tieShared") : t("evaluation.result.tie", { others: r.tiedWith.map((id) => names.get(id) ?? id).join(", "), rule: t(`evaluation.tieBreaks.${evaluation.tieBreak}`) })}
                                </BodyShort>
                              )}
                            </TableDataCell>
                            <TableDataCell>{formatNok(bid.priceOre, locale)}</TableDataCell>
                            {evaluation.criteria.map((c) => {
                              const points = r.points[c.id] ?? "0";
                              // Display only: weight/100 × points, the summand of the total lib/scoring computed exactly.
                              const weighted = new Decimal(points).times(c.weightNumber).div(100).toFixed();
                              return (
                                <TableDataCell key={c.id} data-points={points}>
                                  {rounded(points, locale)} → {rounded(weighted, locale)}
                                </TableDataCell>
                              );
                            })}
                            <TableDataCell>
                              <strong>{rounded(r.total, locale)}</strong>
                            </TableDataCell>
                          </TableRow>
                        );
                      })}
                    </TableBody>
                  </Table>
                </TableScroll>
                <Heading level="3" size="small">
                  {t("evaluation.result.sensitivity")}
                </Heading>
                <List>
                  {lot.sensitivity.map((s) => (
                    <ListItem key={s.criterionId}>
                      {s.winnerChangesAt === null
                        ? t("evaluation.result.sensitivityNone", { criterion: criterionName(s.criterionId) })
                        : t("evaluation.result.sensitivityLine", { criterion: criterionName(s.criterionId), from: s.currentWeight, to: rounded(String(s.winnerChangesAt), locale), winner: names.get(s.newWinner ?? "") ?? "" })}
                    </ListItem>
                  ))}
                </List>
              </VStack>
            );
          })}
          {result.runs.length > 0 && (
            <VStack gap="space-12" as="section" aria-labelledby="runs">
              <Heading id="runs" level="2" size="medium">
                {t("evaluation.result.runs")}
              </Heading>
              <List>
                {result.runs.map((run) => (
                  <ListItem key={run.id}>
                    {t("evaluation.result.runLine", {
                      at: formatOsloDateTime(run.createdAt, locale),
                      cause: t(`evaluation.causes.${run.cause}`),
                      ranking: run.lots.map((l) => l.results.map((r) => `${r.rank}. ${names.get(r.id) ?? r.id} (${rounded(r.total, locale)})`).join(", ")).join(" | "),
                    })}
                  </ListItem>
                ))}
              </List>
            </VStack>
          )}
          {result.proposals.length > 0 && (
            <VStack gap="space-12" as="section" aria-labelledby="proposals">
              <Heading id="proposals" level="2" size="medium">
                {t("evaluation.result.proposals")}
              </Heading>
              <List>
                {result.proposals.map((p) => (
                  <ListItem key={p.id}>
                    {t("evaluation.result.proposalLine", { lot: evaluation.lots.find((l) => l.lotId === p.lotId)?.lotNumber ?? "", rank: p.rank, supplier: names.get(p.winningBidId) ?? "", by: p.proposedBy.name, at: formatOsloDateTime(p.proposedAt, locale) })}: {p.reasoning}
                  </ListItem>
                ))}
              </List>
            </VStack>
          )}
          {mayPropose && (
            <VStack gap="space-12" as="section" aria-labelledby="propose">
              <Heading id="propose" level="2" size="medium">
                {t("evaluation.result.propose")}
              </Heading>
              <BodyShort>{t("evaluation.result.proposeHelp")}</BodyShort>
              <EvaluationForm
                action={proposeAwardAction}
                hidden={{ tenderId: result.id, ...Object.fromEntries(evaluation.lots.map((l, i) => [`lots.${i}.lotId`, l.lotId])) }}
                fieldIds={Object.fromEntries(evaluation.lots.map((_, i) => [`lots.${i}.justification`, `propose-${i}`]))}
                buttons={[{ label: t("evaluation.result.propose") }]}
                labels={{ eventId: t("admin.eventId") }}
              >
                {evaluation.lots.map((lot, i) => (
                  <Textarea key={lot.lotId} id={`propose-${i}`} name={`lots.${i}.justification`} label={t("evaluation.result.proposalJustification", { number: lot.lotNumber })} description={t("evaluation.result.winners", { count: lot.winnerCount })} minRows={2} />
                ))}
              </EvaluationForm>
            </VStack>
          )}
        </>
      )}
    </VStack>
  );
}
