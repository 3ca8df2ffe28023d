import { Alert, BodyShort, Box, Heading, HStack, Tag, Textarea, TextField, VStack } from "@navikt/ds-react";

import { EvaluationForm } from "@/components/evaluation/evaluation-form";
import { EvaluationHeader } from "@/components/evaluation/evaluation-header";
import { rounded } from "@/components/evaluation/format";
import { requireArea } from "@/lib/auth/guard";
import { getConsensusSheet } from "@/lib/evaluation/queries/consensus-sheet";
import { getConsensusTitle } from "@/lib/evaluation/queries/titles";
import { getTranslator } from "@/lib/i18n/server";
import { officerTender } from "@/lib/routes";

import { setConsensusAction } from "../../evaluation-actions";
import { evaluationTitle } from "../_lib/evaluation-title";
import { readScoreSheet, scoreCellFields, scoreGridFieldIds, type ScoreSheetPageProps } from "../_lib/score-sheet";

export const generateMetadata = evaluationTitle(getConsensusTitle, "evaluation.consensus.title");

/** The chair's consensus per criterion and bid: the submitted scores, the suggested mean with its spread, deviations flagged. */
export default async function ConsensusPage(props: ScoreSheetPageProps) {
  await requireArea("officer");
  const { locale, t } = await getTranslator();
  const scope = await readScoreSheet(getConsensusSheet, props);
  const { sheet } = scope;
  const names = new Map(sheet.members.map((m) => [m.userId, m.name]));
  const fieldIds = scoreGridFieldIds("consensus", sheet.cells.length);
  return (
    <VStack gap="space-24">
      <EvaluationHeader
        backHref={officerTender(scope.id)}
        backLabel={t("evaluation.backToTender")}
        context={`${scope.reference} · ${scope.title}`}
        title={t("evaluation.consensus.title", { reference: scope.reference })}
        intro={t("evaluation.consensus.intro")}
      />
      {sheet.pending > 0 ? (
        <Alert variant="info">{t("evaluation.consensus.pending", { pending: sheet.pending })}</Alert>
      ) : (
        <EvaluationForm action={setConsensusAction} hidden={{ tenderId: scope.id }} fieldIds={fieldIds} buttons={[{ label: t("evaluation.consensus.save") }]} labels={{ eventId: t("admin.eventId") }}>
          {sheet.cells.map((cell, i) => {
            const bid = sheet.bids.find((b) => b.id === cell.bidId)!;
            const criterion = sheet.criteria.find((c) => c.id === cell.criterionId)!;
            const fields = scoreCellFields("consensus", i);
            return (
              <Box key={`${cell.bidId}:${cell.criterionId}`} padding="space-16" borderRadius="8" borderWidth="1" borderColor={cell.spread?.deviates ? "warning" : "neutral-subtle"} data-cell={`${bid.supplierName}|${criterion.name}`}>
                <VStack gap="space-8">
                  <Heading level="2" size="xsmall">
                    {bid.supplierName} – {criterion.name}
                  </Heading>
                  <BodyShort size="small" textColor="subtle">
                    {t("evaluation.scoring.lot", { number: bid.lotNumber, title: bid.lotTitle })}
                  </BodyShort>
                  <BodyShort>
                    {t("evaluation.consensus.individual")}: {cell.individual.map((s) => `${names.get(s.evaluatorId) ?? ""} ${rounded(s.score, locale)}`).join(" · ")}
                  </BodyShort>
                  {cell.individual.map((s) => (
                    <BodyShort key={s.evaluatorId} size="small">
                      {names.get(s.evaluatorId)}: {s.justification}
                    </BodyShort>
                  ))}
                  <HStack gap="space-8" align="center" wrap>
                    <BodyShort data-suggested={cell.suggested ?? ""}>
                      {t("evaluation.consensus.suggested")}: {cell.suggested === null ? t("evaluation.consensus.none") : rounded(cell.suggested, locale)}
                    </BodyShort>
                    {cell.spread && <BodyShort>{t("evaluation.consensus.spread", { min: rounded(cell.spread.min, locale), max: rounded(cell.spread.max, locale) })}</BodyShort>}
                    {cell.spread?.deviates && (
                      <Tag variant="moderate" size="small" data-color="warning">
                        {t("evaluation.consensus.deviation")}
                      </Tag>
                    )}
                  </HStack>
                  <input type="hidden" name={fields.bidId} value={cell.bidId} />
                  <input type="hidden" name={fields.criterionId} value={cell.criterionId} />
                  <HStack gap="space-16" align="start" wrap>
                    <TextField id={fields.score.id} name={fields.score.name} label={t("evaluation.consensus.consensusScore")} defaultValue={cell.consensus?.score ?? cell.suggested ?? ""} inputMode="decimal" htmlSize={24} />
                    <div style={{ flex: "1 1 16rem" }}>
                      <Textarea id={fields.justification.id} name={fields.justification.name} label={t("evaluation.consensus.justification")} defaultValue={cell.consensus?.justification ?? ""} minRows={2} />
                    </div>
                  </HStack>
                </VStack>
              </Box>
            );
          })}
        </EvaluationForm>
      )}
    </VStack>
  );
}
