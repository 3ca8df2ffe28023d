import { ZScoringInput } from "@/lib/scoring/schemas";
import { evaluate } from "@/lib/scoring/evaluate";
import { rankEvaluation } from "@/lib/scoring/score";
import { score } from "@/lib/scoring";
const rnd = (() => { let s = 1; return () => { s = (s * 16807) % 2147483647; return s / 2147483647; }; })();
const ids = Array.from({ length: 19 }, (_, i) => `q${i}`);
const mode = (process.argv[2] ?? "absolute") as "absolute" | "relative";
const input = { maxPoints: 10, priceModel: { kind: "proportional" as const }, qualityMode: mode, tieBreak: "highest-quality" as const,
  criteria: [{ id: "p", kind: "price" as const, weight: 24 }, ...ids.map((id) => ({ id, kind: "quality" as const, weight: 4 }))],
  bids: Array.from({ length: 1000 }, (_, b) => ({ id: `b${b}`, price: String(500000 + Math.floor(rnd() * 1e6)) + ".25", quality: Object.fromEntries(ids.map((id) => [id, Math.floor(rnd() * 51) / 5])) })) };
function t(label: string, f: () => unknown) { for (let i = 0; i < 3; i++) f(); const s = performance.now(); for (let i = 0; i < 20; i++) f(); console.log(label, ((performance.now() - s) / 20).toFixed(2)); }
t("zod", () => ZScoringInput.parse(input));
t("evaluate", () => evaluate(input));
const ev = evaluate(input);
t("rank", () => rankEvaluation(ev, "highest-quality"));
t("score", () => score(input));
