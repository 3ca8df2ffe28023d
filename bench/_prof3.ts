import { z } from "zod";
import { ZBid, ZCriterion, ZPriceModel, ZMaxPoints, ZTieBreak } from "@/lib/scoring/schemas";
import { checkQualityScores } from "@/lib/scoring/rules";
const rnd = (() => { let s = 1; return () => { s = (s * 16807) % 2147483647; return s / 2147483647; }; })();
const ids = Array.from({ length: 19 }, (_, i) => `q${i}`);
const input = { maxPoints: 10, priceModel: { kind: "proportional" as const }, qualityMode: "absolute", tieBreak: "highest-quality" as const,
  criteria: [{ id: "p", kind: "price" as const, weight: 24 }, ...ids.map((id) => ({ id, kind: "quality" as const, weight: 4 }))],
  bids: Array.from({ length: 1000 }, (_, b) => ({ id: `b${b}`, price: String(500000 + Math.floor(rnd() * 1e6)) + ".25", quality: Object.fromEntries(ids.map((id) => [id, Math.floor(rnd() * 51) / 5])) })) };
function t(label: string, f: () => unknown) { for (let i = 0; i < 3; i++) f(); const s = performance.now(); for (let i = 0; i < 20; i++) f(); console.log(label, ((performance.now() - s) / 20).toFixed(2)); }
const base = z.strictObject({ maxPoints: ZMaxPoints, priceModel: ZPriceModel, qualityMode: z.enum(["absolute", "relative"]), tieBreak: ZTieBreak, criteria: z.array(ZCriterion), bids: z.array(ZBid) });
t("base", () => base.parse(input));
t("base+empty refine", () => base.superRefine(() => {}).parse(input));
t("base+quality refine", () => base.superRefine((v, ctx) => checkQualityScores(ctx, v.bids, ids, 10)).parse(input));
t("base", () => base.parse(input));
const r1 = base.superRefine(() => {});
t("const base+empty refine", () => r1.parse(input));
const r2 = base.check(() => {});
t("const base+check", () => r2.parse(input));
const wrapped = z.strictObject({ maxPoints: ZMaxPoints, priceModel: ZPriceModel, qualityMode: z.enum(["absolute", "relative"]), tieBreak: ZTieBreak, criteria: z.array(ZCriterion), bids: z.array(ZBid) });
const pipe = wrapped.pipe(z.custom((v) => true));
t("pipe", () => pipe.parse(input));
