import { BodyLong, BodyShort, Heading, VStack } from "@navikt/ds-react";

import { SimpleTable } from "@/components/common/simple-table";
import { formatPoints } from "@/lib/awards/letter-view";
import type { OfficerAward } from "@/lib/awards/queries/officer-award";
import type { Locale, Translate } from "@/lib/i18n";
import { formatOsloDateTime } from "@/lib/time";

/** One lot's proposal: who proposed and decided, the reasons, and the snapshot's ranking with every criterion's points. */
export function ProposalView({ award, data, t, locale }: { award: OfficerAward["awards"][number]; data: OfficerAward; t: Translate; locale: Locale }) {
  const lot = data.lots.find((l) => l.id === award.lotId);
  const results = Array.isArray(award.snapshot?.results) ? [...award.snapshot.results].sort((a, b) => a.rank - b.rank) : [];
  const criteria = data.criteriaList.filter((c) => results.some((r) => r.points[c.id] !== undefined));
  const reasons = award.snapshot?.justifications ?? {};
  const headingId = `proposal-${award.id}`;
  return (
    <VStack as="section" aria-labelledby={headingId} gap="space-12">
      <Heading id={headingId} level="3" size="small">{t("awards.page.lot", { number: lot?.number ?? 0, title: lot?.title ?? "" })} · {t(`awards.status.${award.status}`)}</Heading>
      <BodyShort size="small">{t("awards.page.proposedBy", { name: award.proposedBy.name, at: formatOsloDateTime(award.proposedAt, locale) })}</BodyShort>
      {award.approvedBy && award.approvedAt && <BodyShort size="small">{t("awards.page.approvedBy", { name: award.approvedBy.name, at: formatOsloDateTime(award.approvedAt, locale) })}</BodyShort>}
      {award.returnedBy && award.returnedAt && <BodyShort size="small">{t("awards.page.returnedBy", { name: award.returnedBy.name, at: formatOsloDateTime(award.returnedAt, locale), comment: award.returnComment ?? "" })}</BodyShort>}
      <Heading level="4" size="xsmall">{t("awards.page.reasoning")}</Heading>
      <BodyLong>{award.reasoning}</BodyLong>
      <SimpleTable
        caption={t("awards.page.ranking")}
        columns={[t("awards.page.rank"), t("awards.page.supplier"), ...criteria.map((c) => `${c.name} (${formatPoints(c.weight, locale)} %)`), t("awards.page.total")]}
        emptyText="–"
        rows={results.map((r) => ({
          key: r.id,
          cells: [String(r.rank), `${data.names[r.id] ?? r.id}${r.id === award.winningBidId ? ` (${t("awards.page.winner")})` : ""}`, ...criteria.map((c) => formatPoints(r.points[c.id] ?? "0", locale)), formatPoints(r.total, locale)],
        }))}
      />
      <Heading level="4" size="xsmall">{t("awards.page.justifications")}</Heading>
      <VStack as="ul" gap="space-4" style={{ paddingLeft: "1.25rem" }}>
        {results.flatMap((r) => criteria.filter((c) => reasons[r.id]?.[c.id]).map((c) => (
          <li key={`${r.id}-${c.id}`}><BodyShort size="small">{data.names[r.id]} – {c.name}: {reasons[r.id]![c.id]}</BodyShort></li>
        )))}
      </VStack>
    </VStack>
  );
}
