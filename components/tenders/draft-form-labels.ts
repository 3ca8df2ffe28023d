import type { FormFeedbackLabels } from "@/components/forms/form-feedback";

// Not in draft-form.tsx: a server page imports this list, and values from a "use client" file reach the server only
// as client references.
export const DRAFT_FORM_LABEL_KEYS = [
  "title", "description", "estimatedValue", "estimatedValueHelp", "optionModel", "questionDeadline", "deadline", "deadlineHelp",
  "lots", "lotTitle", "places", "continuousIntake", "addLot", "removeLot", "criteria", "criteriaHelp", "priceWeight",
  "criterionName", "criterionDescription", "criterionWeight", "addCriterion", "removeCriterion", "weightSum", "requirements",
  "requirement", "documentation", "espdCode", "espdNone", "addRequirement", "removeRequirement", "save", "lotNumber",
] as const;

export type DraftFormLabels = FormFeedbackLabels & Record<(typeof DRAFT_FORM_LABEL_KEYS)[number], string>;

