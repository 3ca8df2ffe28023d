"use client";

import { PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { BodyShort, Button, Fieldset, HStack, Select, Textarea, TextField, VStack } from "@navikt/ds-react";
import { useState } from "react";

import { FormFeedback } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

import type { DraftFormLabels } from "./draft-form-labels";
import type { DraftModelOptions, LotValues } from "./draft-model-types";
import { EVALUATION_FIELD_IDS, EvaluationModelFields, type EvaluationValues } from "./evaluation-model-fields";
import { LotRow } from "./lot-row";
import { REGIME_FIELD_IDS, RegimeReservationFields, type RegimeReservationValues } from "./regime-reservation-fields";
import { resultsBasedFieldIds, ResultsBasedFields, type ResultsBasedValues } from "./results-based-fields";

export interface DraftValues extends RegimeReservationValues {
  tenderId: string;
  version: number;
  title: string;
  description: string;
  estimatedValue: string;
  optionModel: string;
  questionDeadline: string;
  deadline: string;
  priceWeight: string;
  quality: { name: string; description: string; weight: string }[];
  lots: LotValues[];
  /** espdCode "" = a national requirement (no ESPD code). */
  requirements: { requirement: string; documentation: string; espdCode: string }[];
  evaluation: EvaluationValues;
  resultsBased: ResultsBasedValues;
}

interface DraftFormProps {
  action: FormAction;
  values: DraftValues;
  optionModels: { value: string; label: string }[];
  labels: DraftFormLabels;
  model: DraftModelOptions;
  /** The ESPD selection criteria a requirement may be coded with (value = code, label = its name and code). */
  espdOptions: { value: string; label: string }[];
}

/** Rows that can be added and removed; each keeps a stable key so React does not mix up their inputs. */
function useRows<T>(initial: T[]) {
  const [rows, setRows] = useState(() => initial.map((value, index) => ({ key: index, value })));
  const [next, setNext] = useState(initial.length);
  return {
    rows,
    add: (value: T) => (setRows((current) => [...current, { key: next, value }]), setNext(next + 1)),
    remove: (key: number) => setRows((current) => current.filter((row) => row.key !== key)),
  };
}

// Weights in hundredths, so the running sum is exact.
const hundredths = (weight: string) => Math.round(Number(weight.replace(",", ".")) * 100) || 0;

const FIELD_IDS = { title: "draft-title", description: "draft-description", estimatedValue: "draft-value", optionModel: "draft-options", questionDeadline: "draft-question-deadline", deadline: "draft-deadline", priceWeight: "draft-price-weight" };

/** The whole draft on one page; saving keeps it a draft, complete or not. */
export function DraftForm({ action, values, optionModels, labels, model, espdOptions }: DraftFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const error = (name: string) => fieldError(state, name);
  const lots = useRows(values.lots);
  const quality = useRows(values.quality);
  const requirements = useRows(values.requirements);
  const [weights, setWeights] = useState<Record<string, string>>(() => ({ price: values.priceWeight, ...Object.fromEntries(values.quality.map((c, i) => [i, c.weight])) }));
  const sum = quality.rows.reduce((total, row) => total + hundredths(weights[row.key] ?? "0"), hundredths(weights.price ?? "0")) / 100;
  const fieldIds = { ...FIELD_IDS, ...REGIME_FIELD_IDS, ...EVALUATION_FIELD_IDS, ...resultsBasedFieldIds(10), ...rowFieldIds(lots.rows.length, quality.rows.length, requirements.rows.length) };

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <VStack gap="space-32">
        <FormFeedback state={state} fieldIds={fieldIds} labels={labels} />
        <input type="hidden" name="tenderId" value={values.tenderId} />
        <input type="hidden" name="version" value={values.version} />
        <VStack gap="space-16" className="form-narrow">
          <TextField id={FIELD_IDS.title} name="title" label={labels.title} defaultValue={values.title} error={error("title")} />
          <Textarea id={FIELD_IDS.description} name="description" label={labels.description} defaultValue={values.description} minRows={4} error={error("description")} />
          <TextField id={FIELD_IDS.estimatedValue} name="estimatedValue" label={labels.estimatedValue} description={labels.estimatedValueHelp} defaultValue={values.estimatedValue} inputMode="decimal" error={error("estimatedValue")} />
          <Select id={FIELD_IDS.optionModel} name="optionModel" label={labels.optionModel} defaultValue={values.optionModel} error={error("optionModel")}>
            {optionModels.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
          <TextField id={FIELD_IDS.questionDeadline} name="questionDeadline" label={labels.questionDeadline} description={labels.deadlineHelp} defaultValue={values.questionDeadline} error={error("questionDeadline")} />
          <TextField id={FIELD_IDS.deadline} name="deadline" label={labels.deadline} description={labels.deadlineHelp} defaultValue={values.deadline} error={error("deadline")} />
        </VStack>

        <Fieldset legend={labels.lots} error={error("lots")}>
          {lots.rows.map((row, index) => (
            <LotRow key={row.key} index={index} value={row.value} labels={labels} model={model} error={error} onRemove={lots.rows.length > 1 ? () => lots.remove(row.key) : undefined} />
          ))}
          <div>
            <Button type="button" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={() => lots.add({ title: "", places: 0, continuousIntake: false, coverage: "region", municipalities: [], reservation: "", reservationBasis: "" })}>
              {labels.addLot}
            </Button>
          </div>
        </Fieldset>

        <Fieldset legend={labels.criteria} description={labels.criteriaHelp}>
          <TextField id={FIELD_IDS.priceWeight} name="priceWeight" label={labels.priceWeight} defaultValue={values.priceWeight} inputMode="decimal" htmlSize={6} onChange={(event) => setWeights({ ...weights, price: event.target.value })} error={error("priceWeight")} />
          {quality.rows.map((row, index) => (
            <HStack key={row.key} gap="space-16" align="end" wrap>
              <TextField id={`draft-quality-${index}-name`} name={`quality.${index}.name`} label={labels.criterionName} defaultValue={row.value.name} error={error(`quality.${index}.name`)} />
              <TextField id={`draft-quality-${index}-description`} name={`quality.${index}.description`} label={labels.criterionDescription} defaultValue={row.value.description} error={error(`quality.${index}.description`)} />
              <TextField
                id={`draft-quality-${index}-weight`}
                name={`quality.${index}.weight`}
                label={labels.criterionWeight}
                defaultValue={row.value.weight}
                inputMode="decimal"
                htmlSize={6}
                onChange={(event) => setWeights({ ...weights, [row.key]: event.target.value })}
                error={error(`quality.${index}.weight`)}
              />
              <Button type="button" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={() => quality.remove(row.key)}>
                {labels.removeCriterion.replace("{number}", String(index + 1))}
              </Button>
            </HStack>
          ))}
          <BodyShort weight="semibold" aria-live="polite">
            {labels.weightSum.replace("{sum}", String(sum))}
          </BodyShort>
          <div>
            <Button type="button" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={() => quality.add({ name: "", description: "", weight: "0" })}>
              {labels.addCriterion}
            </Button>
          </div>
        </Fieldset>

        <EvaluationModelFields value={values.evaluation} labels={model.labels} error={error} />
        <ResultsBasedFields value={values.resultsBased} labels={model.labels} error={error} />
        <RegimeReservationFields value={values} model={model} error={error} />

        <Fieldset legend={labels.requirements}>
          {requirements.rows.map((row, index) => (
            <HStack key={row.key} gap="space-16" align="end" wrap>
              <TextField id={`draft-requirement-${index}-requirement`} name={`requirements.${index}.requirement`} label={labels.requirement} defaultValue={row.value.requirement} error={error(`requirements.${index}.requirement`)} />
              <TextField id={`draft-requirement-${index}-documentation`} name={`requirements.${index}.documentation`} label={labels.documentation} defaultValue={row.value.documentation} error={error(`requirements.${index}.documentation`)} />
              <Select id={`draft-requirement-${index}-espdCode`} name={`requirements.${index}.espdCode`} label={labels.espdCode} defaultValue={row.value.espdCode} error={error(`requirements.${index}.espdCode`)} style={{ maxWidth: "100%" }}>
                <option value="">{labels.espdNone}</option>
                {espdOptions.map((option) => (
                  <option key={option.value} value={option.value}>{option.label}</option>
                ))}
              </Select>
              <Button type="button" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={() => requirements.remove(row.key)}>
                {labels.removeRequirement.replace("{number}", String(index + 1))}
              </Button>
            </HStack>
          ))}
          <div>
            <Button type="button" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={() => requirements.add({ requirement: "", documentation: "", espdCode: "" })}>
              {labels.addRequirement}
            </Button>
          </div>
        </Fieldset>

        <div>
          <Button type="submit" loading={isPending}>
            {labels.save}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

/** Ids of the row inputs, so the error summary can link "lots.1.title" to its field. */
function rowFieldIds(lots: number, quality: number, requirements: number): Record<string, string> {
  const ids: Record<string, string> = {};
  for (let i = 0; i < lots; i++) for (const field of ["title", "places", "municipalities", "reservation", "reservationBasis"]) ids[`lots.${i}.${field}`] = `draft-lot-${i}-${field}`;
  for (let i = 0; i < quality; i++) for (const field of ["name", "description", "weight"]) ids[`quality.${i}.${field}`] = `draft-quality-${i}-${field}`;
  for (let i = 0; i < requirements; i++) for (const field of ["requirement", "documentation", "espdCode"]) ids[`requirements.${i}.${field}`] = `draft-requirement-${i}-${field}`;
  return ids;
}
