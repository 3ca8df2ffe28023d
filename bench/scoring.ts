/**
 * Scoring benchmark: 1,000 bids × 20 criteria (1 price + 19 quality), each quality score the mean of 5
 * evaluators. Run with `npx tsx bench/scoring.ts`. Targets on the 2-core CI box: score < 20 ms, sensitivity < 100 ms.
 */
import { aggregate, score, sensitivity, type PriceModel, type ScoringInput } from "@/lib/scoring";

const BIDS = 1000;
const QUALITY_CRITERIA = 19;
const EVALUATORS = 5;

/** Deterministic PRNG (mulberry32) so every run measures the same input. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildInput(priceModel: PriceModel, qualityMode: ScoringInput["qualityMode"]) {
  const rnd = random(42);
  const qualityIds = Array.from({ length: QUALITY_CRITERIA }, (_, i) => `q${i + 1}`);
  const criteria: ScoringInput["criteria"] = [
    { id: "price", kind: "price", weight: 24 },
    ...qualityIds.map((id) => ({ id, kind: "quality" as const, weight: 4 })),
  ];
  const evaluatorScores = Array.from({ length: BIDS }, () =>
    qualityIds.map(() => Array.from({ length: EVALUATORS }, () => Math.floor(rnd() * 11))),
  );
  const prices = Array.from({ length: BIDS }, () => {
    const cents = 50_000_000 + Math.floor(rnd() * 150_000_000);
    return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
  });
  const build = (): ScoringInput => ({
    maxPoints: 10,
    priceModel,
    qualityMode,
    tieBreak: "highest-quality",
    criteria,
    bids: prices.map((price, b) => ({
      id: `bid-${b + 1}`,
      price,
      quality: Object.fromEntries(
        qualityIds.map((id, q) => [id, Number(aggregate(evaluatorScores[b]?.[q] ?? [], "mean"))]),
      ),
    })),
  });
  return build;
}

function time<T>(runs: number, fn: () => T): { mean: number; median: number } {
  for (let i = 0; i < 3; i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / runs;
  return { mean, median: samples[Math.floor(runs / 2)] ?? mean };
}

function report(label: string, t: { mean: number; median: number }, targetMs?: number): void {
  const verdict = targetMs === undefined ? "" : t.median < targetMs ? `  ✓ < ${targetMs} ms` : `  ✗ target ${targetMs} ms MISSED`;
  console.log(`${label.padEnd(52)} median ${t.median.toFixed(2).padStart(7)} ms  mean ${t.mean.toFixed(2).padStart(7)} ms${verdict}`);
}

const setups: [string, PriceModel, ScoringInput["qualityMode"]][] = [
  ["proportional, absolute quality", { kind: "proportional" }, "absolute"],
  ["linear-relative k=2 (DFØ), relative quality", { kind: "linear-relative", zeroAtMultipleOfLowest: 2, allowNegative: true }, "relative"],
  ["linear-absolute, absolute quality", { kind: "linear-absolute", fullPointsAt: "500000", zeroPointsAt: "2000000" }, "absolute"],
];

console.log(`${BIDS} bids × ${QUALITY_CRITERIA + 1} criteria, ${EVALUATORS} evaluators per quality score\n`);
let allMet = true;
for (const [label, model, mode] of setups) {
  const build = buildInput(model, mode);
  const aggregation = time(5, build);
  const input = build();
  const scoring = time(30, () => score(input));
  const sens = time(10, () => sensitivity(input));
  report(`aggregate ${BIDS * QUALITY_CRITERIA} × ${EVALUATORS} scores (${label})`, aggregation);
  report(`score (${label})`, scoring, 20);
  report(`sensitivity (${label})`, sens, 100);
  allMet &&= scoring.median < 20 && sens.median < 100;
}
console.log(`\n${allMet ? "All targets met." : "Some targets missed."}`);
