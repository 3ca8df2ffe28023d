/**
 * Scoring benchmark: 1,000 bids × 20 criteria (1 price + 19 quality); each quality score is the mean of
 * 5 evaluators' scores via `aggregate`. Run with `npx tsx bench/scoring.ts`.
 * Targets on the 2-core dev box: score < 20 ms per call, sensitivity < 100 ms per call.
 */
import { aggregate, type PriceModel, score, type ScoringInput, sensitivity } from "@/lib/scoring";

const BIDS = 1000;
const QUALITY_CRITERIA = 19;
const EVALUATORS = 5;
const SCORE_TARGET_MS = 20;
const SENSITIVITY_TARGET_MS = 100;

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

/** Consensus scores, bid × criterion. A mean of 5 integers has at most one decimal, so Number() is exact. */
function consensus(): number[][] {
  return evaluatorScores.map((perBid) => perBid.map((scores) => Number(aggregate(scores, "mean"))));
}

function buildInput(priceModel: PriceModel, qualityMode: ScoringInput["qualityMode"], scores: number[][]): ScoringInput {
  return {
    maxPoints: 10,
    priceModel,
    qualityMode,
    tieBreak: "highest-quality",
    criteria,
    bids: prices.map((price, b) => ({
      id: `bid-${b + 1}`,
      price,
      quality: Object.fromEntries(qualityIds.map((id, q) => [id, scores[b]?.[q] ?? 0])),
    })),
  };
}

interface Timing {
  wall: number;
  cpu: number;
}

/** Median wall-clock and CPU time per call; CPU time too because other work shares the 2 cores. */
function time(runs: number, fn: () => unknown): Timing {
  for (let i = 0; i < 10; i += 1) fn(); // let the JIT settle first
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const usage = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(usage);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return { wall: median(wall), cpu: median(cpu) };
}

function report(label: string, t: Timing, targetMs?: number): boolean {
  const met = targetMs === undefined || t.wall < targetMs;
  const ratio = targetMs === undefined ? "" : ` = ${(t.wall / targetMs).toFixed(2)} × target`;
  const verdict = targetMs === undefined ? "" : `  ${met ? "OK" : "MISSED"} (target < ${targetMs} ms${ratio})`;
  console.log(`  ${label.padEnd(40)} ${t.wall.toFixed(2).padStart(7)} ms wall ${t.cpu.toFixed(2).padStart(7)} ms cpu${verdict}`);
  return met;
}

console.log(`${BIDS} bids × ${QUALITY_CRITERIA + 1} criteria, ${EVALUATORS} evaluators per quality score; medians per call\n`);
const calls = BIDS * QUALITY_CRITERIA;
const aggregation = time(5, consensus);
console.log("aggregate");
report(`all ${calls} consensus scores (mean of ${EVALUATORS})`, aggregation);
console.log(`  = ${((aggregation.wall / calls) * 1000).toFixed(2)} µs per aggregate call\n`);

const scores = consensus();
const setups: [string, PriceModel, ScoringInput["qualityMode"]][] = [
  ["proportional price, absolute quality", { kind: "proportional" }, "absolute"],
  ["DFØ linear (k = 2), relative quality", { kind: "linear-relative", zeroAtMultipleOfLowest: 2, allowNegative: true }, "relative"],
  ["linear-absolute price, absolute quality", { kind: "linear-absolute", fullPointsAt: "500000", zeroPointsAt: "2000000" }, "absolute"],
];
let allMet = true;
for (const [label, model, mode] of setups) {
  const input = buildInput(model, mode, scores);
  console.log(label);
  allMet = report("score", time(50, () => score(input)), SCORE_TARGET_MS) && allMet;
  allMet = report("sensitivity", time(20, () => sensitivity(input)), SENSITIVITY_TARGET_MS) && allMet;
}
console.log(allMet ? "\nAll targets met." : "\nSome targets missed (wall time; if cpu is under target, the box was busy).");
