"use client";

import { Button, Checkbox, CheckboxGroup, Textarea, VStack } from "@navikt/ds-react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

export interface EligibilityFormLabels extends FormFeedbackLabels {
  legend: string;
  help: string;
  verifyIdeal: string;
  verifyWorkInclusion: string;
  note: string;
  save: string;
}

const FIELD_IDS = { verifiedIdeal: "eligibility-ideal", verifiedWorkInclusion: "eligibility-work-inclusion", note: "eligibility-note" };

/** The ADMIN's verdict: tick what the documentation shows (nothing ticked revokes). */
export function EligibilityForm({ supplierId, current, action, labels }: { supplierId: string; current: { verifiedIdeal: boolean; verifiedWorkInclusion: boolean }; action: FormAction; labels: EligibilityFormLabels }) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const defaults = [current.verifiedIdeal ? "verifiedIdeal" : null, current.verifiedWorkInclusion ? "verifiedWorkInclusion" : null].filter((value) => value !== null);
  return (
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <VStack gap="space-16">
          <FormFeedback state={state} fieldIds={FIELD_IDS} labels={labels} />
          <input type="hidden" name="supplierId" value={supplierId} />
          <CheckboxGroup legend={labels.legend} description={labels.help} defaultValue={defaults}>
            <Checkbox id={FIELD_IDS.verifiedIdeal} name="verifiedIdeal" value="verifiedIdeal">
              {labels.verifyIdeal}
            </Checkbox>
            <Checkbox id={FIELD_IDS.verifiedWorkInclusion} name="verifiedWorkInclusion" value="verifiedWorkInclusion">
              {labels.verifyWorkInclusion}
            </Checkbox>
          </CheckboxGroup>
          <Textarea id={FIELD_IDS.note} name="note" label={labels.note} maxLength={1000} error={fieldError(state, "note")} />
          <div>
            <Button type="submit" loading={isPending}>
              {labels.save}
            </Button>
          </div>
        </VStack>
      </form>
  );
}
