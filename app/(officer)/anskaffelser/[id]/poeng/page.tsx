import { Alert, BodyLong, BodyShort, Box, Heading, HStack, Textarea, TextField, VStack } from "@navikt/ds-react";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@navikt/ds-react/Table";

import { TableScroll } from "@/components/common/table-scroll";
import { EvaluationForm } from "@/components/evaluation/evaluation-form";
import { EvaluationHeader } from "@/components/evaluation/evaluation-header";
import { requireArea } from "@/lib/auth/guard";
import { getScoringSheet } from "@/lib/evaluation/queries/scoring-sheet";
import { getScoringTitle } from "@/lib/evaluation/queries/titles";
import { getTranslator } from "@/lib/i18n/server";
import { officerTender } from "@/lib/routes";
import { formatOsloDateTime } from "@/lib/time";

import { saveScoresAction } from "../../evaluation-actions";
import { evaluationTitle } from "../_lib/evaluation-title";
import { readScoreSheet, scoreCellFields, scoreGridFieldIds, type ScoreSheetPageProps } from "../_lib/score-sheet";

export const generateMetadata = evaluationTitle(getScoringTitle, "evaluation.scoring.title");

/** Individual scoring: every quality criterion of every valid bid, with the bid's answer beside the score. */
export default async function ScoringPage(props: ScoreSheetPageProps) {
  await requireArea("officer");
  const { locale, t } = await getTranslator();
  const scope = await readScoreSheet(getScoringSheet, props);
  const { sheet } = scope;
  const own = new Map(sheet.own.map((s) => [`${s.bidId}:${s.criterionId}`, s]));
  const cells = sheet.bids.flatMap((bid) => sheet.criteria.map((criterion) => ({ bid, criterion })));
  const fieldIds = scoreGridFieldIds("scores", cells.length);
  const submitted = sheet.submittedAt !== null;
  const form = cells.map(({ bid, criterion }, i) => {
    const mine = own.get(`${bid.id}:${criterion.id}`);
    const fields = scoreCellFields("scores", i);
    return (
      <Box key={`${bid.id}:${criterion.id}`} padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle" data-cell={`${bid.supplierName}|${criterion.name}`}>
        <VStack gap="space-8">
          <Heading level="2" size="xsmall">
            {bid.supplierName} – {criterion.name} ({t("evaluation.scoring.weight", { weight: criterion.weight })})
          </Heading>
          <BodyShort size="small" textColor="subtle">
            {t("evaluation.scoring.lot", { number: bid.lotNumber, title: bid.lotTitle })}
          </BodyShort>
          <BodyShort weight="semibold">{t("evaluation.scoring.answer")}</BodyShort>
          <BodyLong style={{ whiteSpace: "pre-wrap" }}>{bid.answers[criterion.id] ?? t("evaluation.scoring.noAnswer")}</BodyLong>
          <input type="hidden" name={fields.bidId} value={bid.id} />
          <input type="hidden" name={fields.criterionId} value={criterion.id} />
          <HStack gap="space-16" align="start" wrap>
            <TextField id={fields.score.id} name={fields.score.name} label={t("evaluation.scoring.score", { max: scope.maxPoints })} defaultValue={mine?.score ?? ""} inputMode="decimal" htmlSize={8} readOnly={submitted} />
            <div style={{ flex: "1 1 16rem" }}>
              <Textarea id={fields.justification.id} name={fields.justification.name} label={t("evaluation.scoring.justification")} defaultValue={mine?.justification ?? ""} minRows={2} readOnly={submitted} />
            </div>
          </HStack>
        </VStack>
      </Box>
    );
  });
  return (
    <VStack gap="space-24">
      <EvaluationHeader
        backHref={officerTender(scope.id)}
        backLabel={t("evaluation.backToTender")}
        context={`${scope.reference} · ${scope.title}`}
        title={t("evaluation.scoring.title", { reference: scope.reference })}
        intro={t("evaluation.scoring.intro", { max: scope.maxPoints })}
      />
      {submitted ? (
        <>
          <Alert variant="success">{t("evaluation.scoring.submitted", { at: formatOsloDateTime(sheet.submittedAt!, locale) })}</Alert>
          <VStack gap="space-12">{form}</VStack>
          <VStack gap="space-12" as="section" aria-labelledby="others">
            <Heading id="others" level="2" size="medium">
              {t("evaluation.scoring.others")}
            </Heading>
            {sheet.others.length === 0 ? (
              <BodyShort>{t("evaluation.scoring.noOthers")}</BodyShort>
            ) : (
              <TableScroll label={t("evaluation.scoring.others")}>
                <Table size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t("evaluation.panel.member")}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t("evaluation.result.supplier")}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t("evaluation.result.points")}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t("evaluation.scoring.justification")}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {sheet.others.map((s) => (
                      <TableRow key={`${s.evaluator}:${s.bidId}:${s.criterionId}`}>
                        <TableDataCell>{s.evaluator}</TableDataCell>
                        <TableDataCell>
                          {sheet.bids.find((b) => b.id === s.bidId)?.supplierName} – {sheet.criteria.find((c) => c.id === s.criterionId)?.name}
                        </TableDataCell>
                        <TableDataCell>{s.score}</TableDataCell>
                        <TableDataCell>{s.justification}</TableDataCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            )}
          </VStack>
        </>
      ) : (
        <EvaluationForm
          action={saveScoresAction}
          hidden={{ tenderId: scope.id }}
          fieldIds={fieldIds}
          buttons={[{ label: t("evaluation.scoring.save"), variant: "secondary" }, { label: t("evaluation.scoring.submit"), name: "submit", value: "on" }]}
          labels={{ eventId: t("admin.eventId") }}
        >
          <VStack gap="space-12">{form}</VStack>
          <BodyShort>{t("evaluation.scoring.submitHelp")}</BodyShort>
        </EvaluationForm>
      )}
    </VStack>
  );
}
