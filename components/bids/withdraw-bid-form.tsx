"use client";

import { Button } from "@navikt/ds-react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

/** Withdraws the organisation's bid (every lot); the token makes a double-click one withdrawal. */
export function WithdrawBidForm({ tenderId, supplierId, formToken, action, labels }: { tenderId: string; supplierId: string; formToken: string; action: FormAction; labels: FormFeedbackLabels & { submit: string } }) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <FormFeedback state={state} fieldIds={{}} labels={labels} headingTag="h3" focusOnSuccess />
      <input type="hidden" name="tenderId" value={tenderId} />
      <input type="hidden" name="supplierId" value={supplierId} />
      <input type="hidden" name="idempotencyKey" value={formToken} />
      <Button type="submit" variant="danger" loading={isPending}>{labels.submit}</Button>
    </form>
  );
}
