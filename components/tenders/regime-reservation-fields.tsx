"use client";

import { Fieldset, Select, Textarea, TextField } from "@navikt/ds-react";
import { useState } from "react";

import type { DraftModelOptions, ReservationValue } from "./draft-model-types";

export interface RegimeReservationValues {
  procedure: string;
  chosenRegime: string;
  chosenRegimeReason: string;
  reservation: ReservationValue;
  reservationBasis: string;
}

export const REGIME_FIELD_IDS = {
  procedure: "draft-procedure",
  chosenRegime: "draft-chosen-regime",
  chosenRegimeReason: "draft-chosen-regime-reason",
  reservation: "draft-reservation",
  reservationBasis: "draft-reservation-basis",
};

/** The procedure (lib/rules allowedProcedures), a stricter regime with its reason, and the tender's reservation. */
export function RegimeReservationFields({ value, model, error }: { value: RegimeReservationValues; model: DraftModelOptions; error: (name: string) => string | undefined }) {
  const l = model.labels;
  const [chosen, setChosen] = useState(value.chosenRegime);
  const [reservation, setReservation] = useState(value.reservation);
  const [basis, setBasis] = useState(value.reservationBasis);
  const chooseReservation = (next: ReservationValue) => {
    const previousDefault = reservation === "NONE" ? null : model.reservationBasis[reservation];
    if (!basis || basis === previousDefault) setBasis(next === "NONE" ? "" : (model.reservationBasis[next] ?? ""));
    setReservation(next);
  };

  return (
    <>
      <Fieldset legend={l.regimeTitle} description={l.chosenRegimeHelp}>
        <Select id={REGIME_FIELD_IDS.chosenRegime} name="chosenRegime" label={l.chosenRegime} value={chosen} onChange={(event) => setChosen(event.target.value)} error={error("chosenRegime")}>
          {model.regimes.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
        {chosen !== "" && (
          <Textarea id={REGIME_FIELD_IDS.chosenRegimeReason} name="chosenRegimeReason" label={l.chosenRegimeReason} defaultValue={value.chosenRegimeReason} minRows={2} error={error("chosenRegimeReason")} />
        )}
        <Select id={REGIME_FIELD_IDS.procedure} name="procedure" label={l.procedure} defaultValue={value.procedure} error={error("procedure")}>
          {model.procedures.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Fieldset>
      <Fieldset legend={l.reservationTitle} description={l.reservationIntro}>
        <Select id={REGIME_FIELD_IDS.reservation} name="reservation" label={l.reservation} value={reservation} onChange={(event) => chooseReservation(event.target.value as ReservationValue)} error={error("reservation")}>
          {(["NONE", "WORK_INCLUSION", "IDEAL"] as const).map((option) => (
            <option key={option} value={option}>
              {l.reservationOptions[option]}
            </option>
          ))}
        </Select>
        {reservation !== "NONE" && (
          <TextField id={REGIME_FIELD_IDS.reservationBasis} name="reservationBasis" label={l.reservationBasis} description={l.reservationBasisHelp} value={basis} onChange={(event) => setBasis(event.target.value)} error={error("reservationBasis")} />
        )}
      </Fieldset>
    </>
  );
}
