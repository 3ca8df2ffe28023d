import { z } from "zod";
import { ZScoringInput, ZBid } from "@/lib/scoring/schemas";
const rnd = (() => { let s = 1; return () => { s = (s * 16807) % 2147483647; return s / 2147483647; }; })();
const ids = Array.from({ length: 19 }, (_, i) => `q${i}`);
const input = { maxPoints: 10, priceModel: { kind: "proportional" as const }, qualityMode: "absolute", tieBreak: "highest-quality" as const,
  criteria: [{ id: "p", kind: "price" as const, weight: 24 }, ...ids.map((id) => ({ id, kind: "quality" as const, weight: 4 }))],
  bids: Array.from({ length: 1000 }, (_, b) => ({ id: `b${b}`, price: String(500000 + Math.floor(rnd() * 1e6)) + ".25", quality: Object.fromEntries(ids.map((id) => [id, Math.floor(rnd() * 51) / 5])) })) };
function t(label: string, f: () => unknown) { for (let i = 0; i < 3; i++) f(); const s = performance.now(); for (let i = 0; i < 20; i++) f(); console.log(label, ((performance.now() - s) / 20).toFixed(2)); }
t("full", () => ZScoringInput.parse(input));
t("bids only", () => z.array(ZBid).parse(input.bids));
const rec = z.record(z.string(), z.number());
t("records only", () => z.array(rec).parse(input.bids.map(b => b.quality)));
const isRec = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "number" && Number.isFinite(x));
const ZB2 = z.strictObject({ id: z.string().min(1), price: z.string(), quality: z.custom(isRec) });
t("bids custom rec", () => z.array(ZB2).parse(input.bids));
t("custom rec only", () => z.array(z.custom(isRec)).parse(input.bids.map(b => b.quality)));
import { checkQualityScores, checkCriteria, checkUniqueIds } from "@/lib/scoring/rules";
const ctx = { addIssue() {} } as any;
t("checkQuality", () => checkQualityScores(ctx, input.bids, ids, 10));
t("checkCriteria", () => checkCriteria(ctx, input.criteria));
t("checkUnique", () => checkUniqueIds(ctx, input.bids, "bids", "duplicate_bid"));
const noRefine = z.strictObject({ maxPoints: z.number(), priceModel: z.any(), qualityMode: z.string(), tieBreak: z.string(), criteria: z.array(z.any()), bids: z.array(ZBid) });
t("noRefine", () => noRefine.parse(input));
