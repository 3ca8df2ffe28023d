import type { Translate } from "@/lib/i18n";
import { formatOsloDateTime } from "@/lib/time";

import type { AmendmentChanges } from "./amendment-changes";

/** One readable line per change of an amendment, old → new, instants in Oslo time, in the reader's language. */
export function amendmentLines(changes: AmendmentChanges, t: Translate, locale: "nb" | "en"): string[] {
  const at = (iso: string | null) => (iso ? formatOsloDateTime(new Date(iso), locale) : "–");
  const lines: string[] = [];
  if (changes.deadline) lines.push(t("amendments.changeDeadline", { from: at(changes.deadline.from), to: at(changes.deadline.to) }));
  if (changes.questionDeadline) lines.push(t("amendments.changeQuestionDeadline", { from: at(changes.questionDeadline.from), to: at(changes.questionDeadline.to) }));
  for (const document of changes.documents ?? []) lines.push(t("amendments.changeDocument", { title: document.title, number: document.number, filename: document.filename }));
  for (const change of changes.criteria ?? []) {
    const unit = change.field === "weight" ? " %" : "";
    lines.push(t("amendments.changeCriterion", { name: change.name, field: t(`amendments.fields.${change.field}`), from: `${change.from || "–"}${unit}`, to: `${change.to}${unit}` }));
  }
  return lines;
}
