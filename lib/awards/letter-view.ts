import Decimal from "decimal.js";

import type { Locale, Translate } from "@/lib/i18n";
import type { PdfBlock, PdfDocumentSpec } from "@/lib/pdf/render";
import { formatOsloDate, formatOsloDateTime } from "@/lib/time";

import type { AwardLetter, LetterCriterion, LetterScores } from "./letter";

/** Points for display: two decimals, in the page's language (nothing is rounded before ranking, only here). */
export function formatPoints(value: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === "nb" ? "nb-NO" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(new Decimal(value).toFixed(2) as unknown as number);
}

/** The scores table of one lot: a row per criterion, the organisation's and the winner's points side by side. */
export function scoreRows(criteria: readonly LetterCriterion[], columns: readonly LetterScores[], t: Translate, locale: Locale): string[][] {
  const rows = criteria.map((c) => [
    `${c.name} (${formatPoints(c.weight, locale)} %)`,
    ...columns.map((s) => {
      const p = s.points.find((x) => x.criterionId === c.id);
      return p ? formatPoints(p.points, locale) : "–";
    }),
  ]);
  rows.push([t("awards.letter.total"), ...columns.map((s) => formatPoints(s.total, locale))]);
  rows.push([t("awards.letter.rank"), ...columns.map((s) => String(s.rank))]);
  return rows;
}

export function standstillText(letter: AwardLetter, t: Translate, locale: Locale): string {
  if (letter.standstillSkipped) return t("awards.letter.standstillSkipped");
  if (!letter.standstillEndsAt) return "–";
  // The instant is 00:00 Oslo of the first day the contract may be concluded; the standstill runs through the day before.
  const lastDay = new Date(letter.standstillEndsAt.getTime() - 1);
  return t("awards.letter.standstillEnds", { day: formatOsloDate(lastDay, locale), from: formatOsloDateTime(letter.standstillEndsAt, locale) });
}

/** The letter as a PDF (lib/pdf renderPdf's spec), with the same texts as the portal page. */
export function letterPdfSpec(letter: AwardLetter, t: Translate, locale: Locale): PdfDocumentSpec {
  const blocks: PdfBlock[] = [
    { kind: "facts", rows: [
      [t("awards.letter.to"), letter.supplierName],
      [t("awards.letter.from"), letter.tender.regionName],
      [t("awards.letter.sentAt"), formatOsloDateTime(letter.sentAt, locale)],
      [t("awards.letter.standstill"), standstillText(letter, t, locale)],
    ] },
    { kind: "paragraph", text: t("awards.letter.intro", { title: letter.tender.title }) },
  ];
  for (const lot of letter.lots) {
    blocks.push({ kind: "heading", text: t("awards.letter.lot", { number: lot.number, title: lot.title }) });
    blocks.push({ kind: "paragraph", text: t("awards.letter.winner", { names: lot.winners.map((w) => w.supplierName).join(", ") }) });
    if (lot.kind === "rejected") {
      blocks.push({ kind: "paragraph", text: t("awards.letter.rejected", { reason: lot.rejectionReason }) });
      continue;
    }
    blocks.push({ kind: "paragraph", text: lot.awarded ? t("awards.letter.youWon") : t("awards.letter.youLost", { rank: lot.own.rank, bidders: lot.bidders }) });
    const columns = lot.awarded ? [lot.own] : [lot.own, ...lot.winners];
    blocks.push({ kind: "table", head: [t("awards.letter.criterion"), ...columns.map((c, i) => (i === 0 ? t("awards.letter.yourBid") : t("awards.letter.winnerBid", { name: c.supplierName })))], rows: scoreRows(letter.criteria, columns, t, locale) });
    blocks.push({ kind: "heading", level: 2, text: t("awards.letter.reasons") });
    for (const scores of lot.awarded ? lot.winners : [...lot.winners, lot.own]) {
      for (const p of scores.points.filter((x) => x.justification)) {
        const criterion = letter.criteria.find((c) => c.id === p.criterionId);
        blocks.push({ kind: "paragraph", text: `${scores.supplierName} – ${criterion?.name ?? ""}: ${p.justification}` });
      }
    }
  }
  blocks.push({ kind: "paragraph", text: t("awards.letter.complaintInfo") });
  return { title: t("awards.letter.title"), lang: locale, subtitle: `${letter.tender.reference} · ${letter.tender.title}`, footer: `${letter.tender.reference} · ${t("awards.letter.title")}`, blocks };
}
