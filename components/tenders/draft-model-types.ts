import type { Messages } from "@/lib/i18n";

/** The draft-model message block (messages draftModel.*), passed whole to the client form. */
export type DraftModelLabels = Messages["draftModel"];

export type ReservationValue = "NONE" | "WORK_INCLUSION" | "IDEAL";

export interface LotValues {
  title: string;
  places: number;
  continuousIntake: boolean;
  coverage: "region" | "municipalities";
  municipalities: string[];
  /** "" = as the competition */
  reservation: "" | ReservationValue;
  reservationBasis: string;
}

/** What the server decides for the form: options from lib/rules and the region, and the prefilled legal bases. */
export interface DraftModelOptions {
  municipalities: { value: string; label: string }[];
  procedures: { value: string; label: string }[];
  regimes: { value: string; label: string }[];
  /** The legal basis prefilled per reservation under the draft's regime; null where the reservation is refused. */
  reservationBasis: Record<ReservationValue, string | null>;
  labels: DraftModelLabels;
}

export const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => (key in params ? String(params[key]) : match));
