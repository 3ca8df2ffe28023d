"use client";

import { Alert, Button, Select, TextField, VStack } from "@navikt/ds-react";
import { useState } from "react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

export interface MeasureOption {
  id: string;
  label: string;
  /** Why it cannot be tendered (pre-approved, run by Nav itself); absent for procured measures. */
  notTendered?: string;
}

export interface NewDraftFormLabels extends FormFeedbackLabels {
  measureType: string;
  chooseMeasureType: string;
  region: string;
  chooseRegion: string;
  title: string;
  create: string;
}

interface NewDraftFormProps {
  action: FormAction;
  measures: MeasureOption[];
  regions: { id: string; name: string }[];
  labels: NewDraftFormLabels;
}

const FIELD_IDS = { measureTypeId: "new-draft-measure", regionId: "new-draft-region", title: "new-draft-title" };

/** Measure type, region and title: enough to start a draft from the measure's template. */
export function NewDraftForm({ action, measures, regions, labels }: NewDraftFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const [measureId, setMeasureId] = useState("");
  const chosen = measures.find((measure) => measure.id === measureId);
  const error = (name: string) => fieldError(state, name);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="form-narrow">
      <VStack gap="space-24">
        <FormFeedback state={state} fieldIds={FIELD_IDS} labels={labels} />
        <Select id={FIELD_IDS.measureTypeId} name="measureTypeId" label={labels.measureType} value={measureId} onChange={(event) => setMeasureId(event.target.value)} error={error("measureTypeId")}>
          <option value="">{labels.chooseMeasureType}</option>
          {measures.map((measure) => (
            <option key={measure.id} value={measure.id}>
              {measure.label}
            </option>
          ))}
        </Select>
        {chosen?.notTendered && (
          <Alert variant="info" size="small">
            {chosen.notTendered}
          </Alert>
        )}
        <Select id={FIELD_IDS.regionId} name="regionId" label={labels.region} defaultValue={regions.length === 1 ? regions[0]!.id : ""} error={error("regionId")}>
          {regions.length !== 1 && <option value="">{labels.chooseRegion}</option>}
          {regions.map((region) => (
            <option key={region.id} value={region.id}>
              {region.name}
            </option>
          ))}
        </Select>
        <TextField id={FIELD_IDS.title} name="title" label={labels.title} autoComplete="off" error={error("title")} />
        <div>
          <Button type="submit" loading={isPending} disabled={Boolean(chosen?.notTendered)}>
            {labels.create}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
