"use client";

import { Checkbox, Fieldset, HStack, Radio, RadioGroup, Select, TextField } from "@navikt/ds-react";
import { useState } from "react";

import { fill, type DraftModelLabels } from "./draft-model-types";

export interface EvaluationValues {
  kind: "proportional" | "linear-relative" | "linear-absolute";
  zeroAtMultipleOfLowest: string;
  allowNegative: boolean;
  fullPointsAt: string;
  zeroPointsAt: string;
  maxPoints: number;
  qualityMode: "ABSOLUTE" | "RELATIVE";
  tieBreak: "HIGHEST_QUALITY" | "LOWEST_PRICE" | "NONE";
}

export const EVALUATION_FIELD_IDS = {
  "evaluation.priceModel.kind": "draft-price-model",
  "evaluation.priceModel.zeroAtMultipleOfLowest": "draft-price-multiple",
  "evaluation.priceModel.fullPointsAt": "draft-price-full",
  "evaluation.priceModel.zeroPointsAt": "draft-price-zero",
  "evaluation.maxPoints": "draft-max-points",
  "evaluation.tieBreak": "draft-tie-break",
};

const KINDS = ["proportional", "linear-relative", "linear-absolute"] as const;
const MAX_POINTS = [5, 10, 20, 100];

/** The price model with its parameters, the points scale, the quality mode and the tie-break rule (lib/scoring). */
export function EvaluationModelFields({ value, labels, error }: { value: EvaluationValues; labels: DraftModelLabels; error: (name: string) => string | undefined }) {
  const [kind, setKind] = useState(value.kind);
  const p = "evaluation.priceModel";
  return (
    <Fieldset legend={labels.evaluationTitle} description={labels.evaluationIntro}>
      <Select id="draft-price-model" name={`${p}.kind`} label={labels.priceModel} value={kind} onChange={(event) => setKind(event.target.value as EvaluationValues["kind"])} error={error(`${p}.kind`)}>
        {KINDS.map((option) => (
          <option key={option} value={option}>
            {labels.priceModels[option]}
          </option>
        ))}
      </Select>
      {kind === "linear-relative" && (
        <HStack gap="space-16" align="end" wrap>
          <TextField id="draft-price-multiple" name={`${p}.zeroAtMultipleOfLowest`} label={labels.zeroAtMultipleOfLowest} description={labels.zeroAtMultipleHelp} defaultValue={value.zeroAtMultipleOfLowest || "2"} inputMode="decimal" htmlSize={6} error={error(`${p}.zeroAtMultipleOfLowest`)} />
          <Checkbox name={`${p}.allowNegative`} defaultChecked={value.allowNegative}>
            {labels.allowNegative}
          </Checkbox>
        </HStack>
      )}
      {kind === "linear-absolute" && (
        <HStack gap="space-16" align="end" wrap>
          <TextField id="draft-price-full" name={`${p}.fullPointsAt`} label={labels.fullPointsAt} defaultValue={value.fullPointsAt} inputMode="decimal" error={error(`${p}.fullPointsAt`)} />
          <TextField id="draft-price-zero" name={`${p}.zeroPointsAt`} label={labels.zeroPointsAt} defaultValue={value.zeroPointsAt} inputMode="decimal" error={error(`${p}.zeroPointsAt`)} />
        </HStack>
      )}
      <Select id="draft-max-points" name="evaluation.maxPoints" label={labels.maxPoints} defaultValue={String(value.maxPoints)} error={error("evaluation.maxPoints")}>
        {MAX_POINTS.map((max) => (
          <option key={max} value={max}>
            {fill(labels.maxPointsOption, { max })}
          </option>
        ))}
      </Select>
      <RadioGroup legend={labels.qualityMode} name="evaluation.qualityMode" defaultValue={value.qualityMode} error={error("evaluation.qualityMode")}>
        <Radio value="ABSOLUTE">{labels.qualityModes.ABSOLUTE}</Radio>
        <Radio value="RELATIVE">{labels.qualityModes.RELATIVE}</Radio>
      </RadioGroup>
      <Select id="draft-tie-break" name="evaluation.tieBreak" label={labels.tieBreak} defaultValue={value.tieBreak} error={error("evaluation.tieBreak")}>
        {(["HIGHEST_QUALITY", "LOWEST_PRICE", "NONE"] as const).map((option) => (
          <option key={option} value={option}>
            {labels.tieBreaks[option]}
          </option>
        ))}
      </Select>
    </Fieldset>
  );
}
