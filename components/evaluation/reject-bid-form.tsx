"use client";

import { Button, Select, Textarea, VStack } from "@navikt/ds-react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

export interface RejectBidFormLabels extends FormFeedbackLabels {
  basis: string;
  reason: string;
  submit: string;
  choose: string;
}

const FIELD_IDS = { basis: "reject-basis", reason: "reject-reason" };

/** Avvisning: the legal basis (a choice) and the reason (free text), both required. */
export function RejectBidForm({ action, bidId, grounds, labels }: { action: FormAction; bidId: string; grounds: { value: string; label: string }[]; labels: RejectBidFormLabels }) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="form-narrow">
      <VStack gap="space-12">
        <FormFeedback state={state} fieldIds={FIELD_IDS} labels={labels} headingTag="h3" focusOnSuccess />
        <input type="hidden" name="bidId" value={bidId} />
        <Select id={FIELD_IDS.basis} name="basis" label={labels.basis} defaultValue="" error={fieldError(state, "basis")}>
          <option value="">{labels.choose}</option>
          {grounds.map((ground) => (
            <option key={ground.value} value={ground.value}>
              {ground.label}
            </option>
          ))}
        </Select>
        <Textarea id={FIELD_IDS.reason} name="reason" label={labels.reason} minRows={3} error={fieldError(state, "reason")} />
        <div>
          <Button type="submit" variant="danger" loading={isPending}>
            {labels.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
