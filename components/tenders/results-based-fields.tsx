"use client";

import { PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { BodyShort, Button, Checkbox, Fieldset, HStack, TextField, VStack } from "@navikt/ds-react";
import { useState } from "react";

import { fill, type DraftModelLabels } from "./draft-model-types";

export interface ResultsBasedValues {
  enabled: boolean;
  fixedPercent: string;
  outcomes: { name: string; percent: string }[];
  expectedOutcomeRate: string;
}

// Percentages in hundredths, so the running sum is exact.
const hundredths = (percent: string) => Math.round(Number(percent.replace(",", ".")) * 100) || 0;

/** Field name → input id for the error summary. */
export function resultsBasedFieldIds(outcomes: number): Record<string, string> {
  const ids: Record<string, string> = { "resultsBased.fixedPercent": "draft-fixed-percent", "resultsBased.expectedOutcomeRate": "draft-outcome-rate", "resultsBased": "draft-fixed-percent", "resultsBased.outcomes": "draft-fixed-percent" };
  for (let i = 0; i < outcomes; i++) Object.assign(ids, { [`resultsBased.outcomes.${i}.name`]: `draft-outcome-${i}-name`, [`resultsBased.outcomes.${i}.percent`]: `draft-outcome-${i}-percent` });
  return ids;
}

/** A fixed part plus named outcome payments (summing to 100 %) and the expected outcome rate for the evaluated price. */
export function ResultsBasedFields({ value, labels, error }: { value: ResultsBasedValues; labels: DraftModelLabels; error: (name: string) => string | undefined }) {
  const [enabled, setEnabled] = useState(value.enabled);
  const [fixed, setFixed] = useState(value.fixedPercent);
  const initial = value.outcomes.length > 0 ? value.outcomes : [{ name: "", percent: "" }];
  const [rows, setRows] = useState(() => initial.map((outcome, key) => ({ key, ...outcome })));
  const [next, setNext] = useState(initial.length);
  const sum = rows.reduce((total, row) => total + hundredths(row.percent), hundredths(fixed)) / 100;
  const update = (key: number, patch: Partial<{ name: string; percent: string }>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const splitError = error("resultsBased") ?? error("resultsBased.outcomes");

  return (
    <Fieldset legend={labels.resultsTitle} description={labels.resultsHelp} error={splitError}>
      <Checkbox name="resultsBased.enabled" checked={enabled} onChange={(event) => setEnabled(event.target.checked)}>
        {labels.resultsEnabled}
      </Checkbox>
      {enabled && (
        <VStack gap="space-16">
          <TextField id="draft-fixed-percent" name="resultsBased.fixedPercent" label={labels.fixedPercent} value={fixed} onChange={(event) => setFixed(event.target.value)} inputMode="decimal" htmlSize={6} error={error("resultsBased.fixedPercent")} />
          {rows.map((row, index) => (
            <HStack key={row.key} gap="space-16" align="end" wrap>
              <TextField id={`draft-outcome-${index}-name`} name={`resultsBased.outcomes.${index}.name`} label={labels.outcomeName} value={row.name} onChange={(event) => update(row.key, { name: event.target.value })} error={error(`resultsBased.outcomes.${index}.name`)} />
              <TextField id={`draft-outcome-${index}-percent`} name={`resultsBased.outcomes.${index}.percent`} label={labels.outcomePercent} value={row.percent} onChange={(event) => update(row.key, { percent: event.target.value })} inputMode="decimal" htmlSize={6} error={error(`resultsBased.outcomes.${index}.percent`)} />
              <Button type="button" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}>
                {fill(labels.removeOutcome, { number: index + 1 })}
              </Button>
            </HStack>
          ))}
          <BodyShort weight="semibold" aria-live="polite">
            {fill(labels.splitSum, { sum })}
          </BodyShort>
          <div>
            <Button type="button" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={() => (setRows((current) => [...current, { key: next, name: "", percent: "" }]), setNext(next + 1))}>
              {labels.addOutcome}
            </Button>
          </div>
          <TextField id="draft-outcome-rate" name="resultsBased.expectedOutcomeRate" label={labels.expectedOutcomeRate} description={labels.expectedOutcomeRateHelp} defaultValue={value.expectedOutcomeRate} inputMode="decimal" htmlSize={6} error={error("resultsBased.expectedOutcomeRate")} />
        </VStack>
      )}
    </Fieldset>
  );
}
