import type { Db } from "@/lib/db";

import {
  byKind, competition, concentration, localShare, pricePerParticipantMonth, qualityVersusPrice, qualityWeightOverTime, turnover, turnoverTotal, uncovered,
  type Competition, type KindRow,
} from "./compute";
import {
  loadBidderHistogram, loadCoveredPairs, loadPriceFacts, loadQualityWeights, loadSuccessionCounts, loadSupplierAwards, loadSupplierCoverage, loadWinnerScores,
  type AnalyticsFilter,
} from "./facts";
import type { Period } from "./period";

export interface Named {
  id: string;
  nameNb: string;
  nameEn: string;
}

/** A supplier as the figures name it; `name` is null for a sole proprietorship (ENK) in the public view: a person. */
export interface SupplierRef {
  id: string;
  name: string | null;
}

export interface ConcentrationRow {
  key: Named;
  valueOre: bigint;
  suppliers: number;
  hhi: number | null;
  top: { supplier: SupplierRef; valueOre: bigint; shareBp: number }[];
}

export interface Dashboard {
  /** The region asked for (null = national): what the policy checks. */
  regionId: string | null;
  period: { fromDay: string; toDay: string };
  totals: { valueOre: bigint; contracts: number };
  byKind: KindRow[];
  concentrationByRegion: ConcentrationRow[];
  concentrationByMeasure: ConcentrationRow[];
  competition: Competition;
  coverage: {
    municipalities: number;
    local: { localValueOre: bigint; valueOre: bigint; shareBp: number };
    suppliers: { supplier: SupplierRef; municipalities: number; places: number }[];
    uncovered: { measureType: Named; count: number; names: string[] }[];
  };
  turnover: { rows: { measureType: Named; retenders: number; changedHands: number; shareBp: number }[]; total: { retenders: number; changedHands: number; shareBp: number } };
  prices: { measureType: Named; quarter: string; ore: bigint }[];
  qualityVsPrice: { measureType: Named; priceOre: bigint; qualityBp: number }[];
  qualityWeight: { quarter: string; tenders: number; averageBp: number }[];
}

/**
 * Every figure of the dashboard for one scope and period: the fact loaders in parallel, then the pure arithmetic.
 * `publicView` hides the names of sole proprietorships (their name is a person's). Callers authorize first.
 */
export async function buildDashboard(db: Db, regionId: string | null, period: Period, { publicView = false } = {}): Promise<Dashboard> {
  const filter: AnalyticsFilter = { regionIds: regionId === null ? null : [regionId], from: period.from, to: period.to };
  const [awards, histogram, coverage, covered, successions, priceFacts, winners, weights, measureTypes, regions, municipalities] = await Promise.all([
    loadSupplierAwards(db, filter), loadBidderHistogram(db, filter), loadSupplierCoverage(db, filter), loadCoveredPairs(db, filter),
    loadSuccessionCounts(db, filter), loadPriceFacts(db, filter), loadWinnerScores(db, filter), loadQualityWeights(db, filter),
    db.measureType.findMany({ where: { acquisition: "PROCURED" }, select: { id: true, nameNb: true, nameEn: true, active: true }, orderBy: { nameNb: "asc" } }),
    db.region.findMany({ select: { id: true, name: true } }),
    db.municipality.findMany({ where: regionId === null ? {} : { regionId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const concentrationByRegion = concentration(awards, (row) => row.regionId);
  const concentrationByMeasure = concentration(awards, (row) => row.measureTypeId);
  const supplierIds = new Set([...concentrationByRegion, ...concentrationByMeasure].flatMap((c) => c.top.map((t) => t.supplierId)).concat(coverage.map((c) => c.supplierId)));
  const suppliers = await db.supplier.findMany({ where: { id: { in: [...supplierIds] } }, select: { id: true, name: true, organisationForm: true } });
  const supplierRef = (id: string): SupplierRef => {
    const found = suppliers.find((s) => s.id === id);
    return { id, name: !found || (publicView && found.organisationForm === "ENK") ? null : found.name };
  };
  const measure = (id: string): Named => {
    const found = measureTypes.find((m) => m.id === id);
    return { id, nameNb: found?.nameNb ?? id, nameEn: found?.nameEn ?? id };
  };
  const region = (id: string): Named => {
    const name = regions.find((r) => r.id === id)?.name ?? id;
    return { id, nameNb: name, nameEn: name };
  };
  const named = (rows: ReturnType<typeof concentration>, keyOf: (id: string) => Named): ConcentrationRow[] =>
    rows.map((row) => ({ ...row, key: keyOf(row.key), top: row.top.map((t) => ({ supplier: supplierRef(t.supplierId), valueOre: t.valueOre, shareBp: t.shareBp })) }));
  const municipalityName = new Map(municipalities.map((m) => [m.id, m.name]));
  const turnoverRows = turnover(successions);
  const kinds = byKind(awards);
  return {
    regionId,
    period: { fromDay: period.fromDay, toDay: period.toDay },
    totals: { valueOre: kinds.reduce((sum, k) => sum + k.valueOre, 0n), contracts: kinds.reduce((sum, k) => sum + k.contracts, 0) },
    byKind: kinds,
    concentrationByRegion: named(concentrationByRegion, region),
    concentrationByMeasure: named(concentrationByMeasure, measure),
    competition: competition(histogram),
    coverage: {
      municipalities: municipalities.length,
      local: localShare(awards),
      suppliers: coverage.map((c) => ({ supplier: supplierRef(c.supplierId), municipalities: c.municipalities, places: c.places })),
      uncovered: uncovered(municipalities.map((m) => m.id), measureTypes.filter((m) => m.active).map((m) => m.id), covered).map((u) => ({
        measureType: measure(u.measureTypeId),
        count: u.municipalityIds.length,
        names: u.municipalityIds.map((id) => municipalityName.get(id) ?? id),
      })),
    },
    turnover: { rows: turnoverRows.map(({ key, ...row }) => ({ measureType: measure(key), ...row })), total: turnoverTotal(turnoverRows) },
    prices: pricePerParticipantMonth(priceFacts).map(({ measureTypeId, ...row }) => ({ measureType: measure(measureTypeId), ...row })),
    qualityVsPrice: qualityVersusPrice(winners).map(({ measureTypeId, priceOre, qualityBp }) => ({ measureType: measure(measureTypeId), priceOre, qualityBp })),
    qualityWeight: qualityWeightOverTime(weights),
  };
}
