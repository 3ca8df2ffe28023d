import { Alert, BodyShort, Box, Heading, HStack, Tag, Textarea, TextField, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { EvaluationForm } from "@/components/evaluation/evaluation-form";
import { EvaluationHeader } from "@/components/evaluation/evaluation-header";
import { rounded } from "@/components/evaluation/format";
import { requireArea } from "@/lib/auth/guard";
import { getConsensusSheet } from "@/lib/evaluation/queries/consensus-sheet";
import { getTranslator } from "@/lib/i18n/server";
import { officerTender } from "@/lib/routes";

import { setConsensusAction } from "../../evaluation-actions";

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { t } = await getTranslator();
  const scope = await read(getConsensusSheet, { tenderId: (await params).id });
  return pageTitle(t("evaluation.consensus.title", { reference: scope.reference }));
}

/** The chair's consensus per criterion and bid: the submitted scores, the suggested mean with its spread, deviations flagged. */
export default async function ConsensusPage({ params }: PageProps) {
  await requireArea("officer");
  const { locale, t } = await getTranslator();
  const scope = await read(getConsensusSheet, { tenderId: (await params).id });
  const sheet = scope.sheet!;
  const names = new Map(sheet.members.map((m) => [m.userId, m.name]));
  const fieldIds = Object.fromEntries(sheet.cells.flatMap((_, i) => [[`scores.${i}.score`, `consensus-${i}-score`], [`scores.${i}.justification`, `consensus-${i}-justification`]]));
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
                  <input type="hidden" name={`scores.${i}.bidId`} value={cell.bidId} />
                  <input type="hidden" name={`scores.${i}.criterionId`} value={cell.criterionId} />
                  <HStack gap="space-16" align="start" wrap>
                    <TextField id={`consensus-${i}-score`} name={`scores.${i}.score`} label={t("evaluation.consensus.consensusScore")} defaultValue={cell.consensus?.score ?? cell.suggested ?? ""} inputMode="decimal" htmlSize={24} />
                    <div style={{ flex: "1 1 16rem" }}>
                      <Textarea id={`consensus-${i}-justification`} name={`scores.${i}.justification`} label={t("evaluation.consensus.justification")} defaultValue={cell.consensus?.justification ?? ""} minRows={2} />
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
