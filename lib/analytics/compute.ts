/**
 * The dashboard's arithmetic, pure (no db): every figure is computed here from small, already grouped fact rows, so
 * each definition is tested on constructed data with a known answer. Money is øre as BigInt; a share is exact basis
 * points (1/100 of a percent, rounded half up), never a float.
 */

export const SUPPLIER_KINDS = ["COMMERCIAL", "IDEAL", "WORK_INCLUSION_ENTERPRISE", "SOCIAL_ENTREPRENEUR", "PUBLIC"] as const;
export type SupplierKind = (typeof SUPPLIER_KINDS)[number];

/** part / whole in basis points (0..10000), rounded half up; 0 when the whole is 0. */
export function basisPoints(part: bigint, whole: bigint): number {
  if (whole <= 0n) return 0;
  return Number((part * 20000n + whole) / (whole * 2n));
}

/** Rounded half up integer division of non-negative BigInts. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** One supplier's awarded contracts in a group (a region, a measure type or the whole scope). */
export interface SupplierAward {
  supplierId: string;
  kind: SupplierKind;
  /** The region of the supplier's owner municipality (where it is located); null when not registered. */
  supplierRegionId: string | null;
  regionId: string;
  measureTypeId: string;
  valueOre: bigint;
  contracts: number;
}

export interface KindRow {
  kind: SupplierKind;
  valueOre: bigint;
  contracts: number;
  valueShareBp: number;
  contractShareBp: number;
}

/** Awarded value and number of contracts per supplier kind, with their shares of the total; every kind listed. */
export function byKind(rows: readonly SupplierAward[]): KindRow[] {
  const totalValue = rows.reduce((sum, row) => sum + row.valueOre, 0n);
  const totalContracts = rows.reduce((sum, row) => sum + row.contracts, 0);
  return SUPPLIER_KINDS.map((kind) => {
    const mine = rows.filter((row) => row.kind === kind);
    const valueOre = mine.reduce((sum, row) => sum + row.valueOre, 0n);
    const contracts = mine.reduce((sum, row) => sum + row.contracts, 0);
    return { kind, valueOre, contracts, valueShareBp: basisPoints(valueOre, totalValue), contractShareBp: basisPoints(BigInt(contracts), BigInt(totalContracts)) };
  });
}

/**
 * Herfindahl–Hirschman index of the values: the sum of the squared market shares in percent (0..10 000; 10 000 =
 * one supplier has everything), computed exactly as 10 000 · Σv² / (Σv)² and rounded half up. Null for no value.
 */
export function hhi(values: readonly bigint[]): number | null {
  const total = values.reduce((sum, value) => sum + value, 0n);
  if (total <= 0n) return null;
  const squares = values.reduce((sum, value) => sum + value * value, 0n);
  return Number(divRound(squares * 10000n, total * total));
}

export interface Concentration {
  key: string;
  valueOre: bigint;
  suppliers: number;
  hhi: number | null;
  /** The largest suppliers by awarded value (ties by id), with their share of the group's value. */
  top: { supplierId: string; valueOre: bigint; shareBp: number }[];
}

/** HHI of awarded value per group (`keyOf`: region or measure type), each with its top suppliers' shares. */
export function concentration(rows: readonly SupplierAward[], keyOf: (row: SupplierAward) => string, topN = 3): Concentration[] {
  const groups = new Map<string, Map<string, bigint>>();
  for (const row of rows) {
    const group = groups.get(keyOf(row)) ?? new Map<string, bigint>();
    group.set(row.supplierId, (group.get(row.supplierId) ?? 0n) + row.valueOre);
    groups.set(keyOf(row), group);
  }
  return [...groups.entries()]
    .map(([key, bySupplier]) => {
      const values = [...bySupplier.values()];
      const valueOre = values.reduce((sum, value) => sum + value, 0n);
      const top = [...bySupplier.entries()]
        .sort(([a, va], [b, vb]) => (va === vb ? a.localeCompare(b) : va > vb ? -1 : 1))
        .slice(0, topN)
        .map(([supplierId, value]) => ({ supplierId, valueOre: value, shareBp: basisPoints(value, valueOre) }));
      return { key, valueOre, suppliers: bySupplier.size, hhi: hhi(values), top };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The share of awarded value that went to suppliers located in the contracting region. */
export function localShare(rows: readonly SupplierAward[]): { localValueOre: bigint; valueOre: bigint; shareBp: number } {
  const valueOre = rows.reduce((sum, row) => sum + row.valueOre, 0n);
  const localValueOre = rows.filter((row) => row.supplierRegionId === row.regionId).reduce((sum, row) => sum + row.valueOre, 0n);
  return { localValueOre, valueOre, shareBp: basisPoints(localValueOre, valueOre) };
}

/** How many opened tenders received how many bidders (tenders with no bid have bidders 0). */
export interface BidderCount {
  bidders: number;
  tenders: number;
}

export interface Competition {
  tenders: number;
  bids: number;
  /** Average bidders per tender, as a decimal string with two places (rounded half up); null for no tenders. */
  averageBids: string | null;
  singleBidTenders: number;
  singleBidShareBp: number;
}

export function competition(histogram: readonly BidderCount[]): Competition {
  const tenders = histogram.reduce((sum, row) => sum + row.tenders, 0);
  const bids = histogram.reduce((sum, row) => sum + row.bidders * row.tenders, 0);
  const singleBidTenders = histogram.filter((row) => row.bidders === 1).reduce((sum, row) => sum + row.tenders, 0);
  const hundredths = tenders === 0 ? null : divRound(BigInt(bids) * 100n, BigInt(tenders));
  return {
    tenders,
    bids,
    averageBids: hundredths === null ? null : `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}`,
    singleBidTenders,
    singleBidShareBp: basisPoints(BigInt(singleBidTenders), BigInt(tenders)),
  };
}

/** A (measure type, municipality) pair some contract in force covers. */
export interface CoveredPair {
  measureTypeId: string;
  municipalityId: string;
}

/** Per measure type, the municipalities of the scope that no contract in force covers. */
export function uncovered(municipalityIds: readonly string[], measureTypeIds: readonly string[], covered: readonly CoveredPair[]): { measureTypeId: string; municipalityIds: string[] }[] {
  const seen = new Set(covered.map((pair) => `${pair.measureTypeId} ${pair.municipalityId}`));
  return measureTypeIds.map((measureTypeId) => ({ measureTypeId, municipalityIds: municipalityIds.filter((id) => !seen.has(`${measureTypeId} ${id}`)) }));
}

/** Per measure type: contracts that re-tendered an earlier one, and how many changed hands (lib/contracts/succession). */
export interface SuccessionCount {
  measureTypeId: string;
  retenders: number;
  changedHands: number;
}

export interface Turnover {
  key: string;
  retenders: number;
  changedHands: number;
  shareBp: number;
}

/** Incumbent turnover per measure type: the share of re-tenders whose supplier was not an incumbent, by measure type. */
export function turnover(counts: readonly SuccessionCount[]): Turnover[] {
  return counts
    .filter((count) => count.retenders > 0)
    .map(({ measureTypeId, retenders, changedHands }) => ({ key: measureTypeId, retenders, changedHands, shareBp: basisPoints(BigInt(changedHands), BigInt(retenders)) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** All groups' figures summed: the total row of a turnover table. */
export function turnoverTotal(rows: readonly Turnover[]): Omit<Turnover, "key"> {
  const retenders = rows.reduce((sum, row) => sum + row.retenders, 0);
  const changedHands = rows.reduce((sum, row) => sum + row.changedHands, 0);
  return { retenders, changedHands, shareBp: basisPoints(BigInt(changedHands), BigInt(retenders)) };
}

/** Contract value and its volume in participant-months (places × contract months), grouped by measure and quarter. */
export interface PriceFact {
  measureTypeId: string;
  quarter: string;
  valueOre: bigint;
  participantMonths: bigint;
}

/** Price per participant-month: Σ value / Σ participant-months per measure type and quarter (value-weighted). */
export function pricePerParticipantMonth(facts: readonly PriceFact[]): { measureTypeId: string; quarter: string; ore: bigint }[] {
  const groups = new Map<string, { measureTypeId: string; quarter: string; value: bigint; months: bigint }>();
  for (const fact of facts) {
    const key = `${fact.measureTypeId} ${fact.quarter}`;
    const group = groups.get(key) ?? { measureTypeId: fact.measureTypeId, quarter: fact.quarter, value: 0n, months: 0n };
    group.value += fact.valueOre;
    group.months += fact.participantMonths;
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((group) => group.months > 0n)
    .map((group) => ({ measureTypeId: group.measureTypeId, quarter: group.quarter, ore: divRound(group.value, group.months) }))
    .sort((a, b) => a.quarter.localeCompare(b.quarter) || a.measureTypeId.localeCompare(b.measureTypeId));
}

/** A winner's consensus scores on the tender's top-level quality criteria: score (0..maxPoints) and the weight. */
export interface WinnerScores {
  awardId: string;
  measureTypeId: string;
  maxPoints: number;
  /** Weighted price per participant-month of the contract, øre. */
  priceOre: bigint;
  scores: { weight: string; score: string }[];
}

/** A score as hundredths, exactly from its decimal string (e.g. "7.5" → 750). */
function hundredths(decimal: string): bigint {
  const [whole = "0", fraction = ""] = decimal.split(".");
  const sign = whole.startsWith("-") ? -1n : 1n;
  return sign * (BigInt(whole.replace("-", "") || "0") * 100n + BigInt((fraction + "00").slice(0, 2)));
}

/**
 * Quality versus price of winners: the winner's quality as a percentage of the best possible (Σ weight·score /
 * (Σ weight · maxPoints), basis points) against its price per participant-month. Winners without scores are left out.
 */
export function qualityVersusPrice(winners: readonly WinnerScores[]): { awardId: string; measureTypeId: string; priceOre: bigint; qualityBp: number }[] {
  return winners.flatMap((winner) => {
    if (winner.scores.length === 0 || winner.maxPoints <= 0) return [];
    const achieved = winner.scores.reduce((sum, s) => sum + hundredths(s.weight) * hundredths(s.score), 0n);
    const possible = winner.scores.reduce((sum, s) => sum + hundredths(s.weight) * BigInt(winner.maxPoints) * 100n, 0n);
    if (possible <= 0n) return [];
    return [{ awardId: winner.awardId, measureTypeId: winner.measureTypeId, priceOre: winner.priceOre, qualityBp: basisPoints(achieved, possible) }];
  });
}

/** One announced tender's quality weight: the sum of its top-level quality criteria's weights (percent, decimal string). */
export interface QualityWeightFact {
  quarter: string;
  qualityWeight: string;
  /** How many tenders of the quarter had this weight. */
  tenders: number;
}

/** The average quality weight of the tenders announced per quarter, in basis points of the total weight. */
export function qualityWeightOverTime(facts: readonly QualityWeightFact[]): { quarter: string; tenders: number; averageBp: number }[] {
  const groups = new Map<string, { sum: bigint; tenders: number }>();
  for (const fact of facts) {
    const group = groups.get(fact.quarter) ?? { sum: 0n, tenders: 0 };
    group.sum += hundredths(fact.qualityWeight) * BigInt(fact.tenders);
    group.tenders += fact.tenders;
    groups.set(fact.quarter, group);
  }
  return [...groups.entries()]
    .map(([quarter, group]) => ({ quarter, tenders: group.tenders, averageBp: Number(divRound(group.sum, BigInt(group.tenders))) }))
    .sort((a, b) => a.quarter.localeCompare(b.quarter));
}
