"use client";

import { Button, VStack } from "@navikt/ds-react";

import { setUserActiveAction } from "@/app/(admin)/admin/actions";

import { FormFeedback, type FormFeedbackLabels } from "./form-feedback";
import { useFormAction } from "./use-form-action";

export interface SetActiveFormLabels extends FormFeedbackLabels {
  deactivate: string;
  reactivate: string;
}

interface SetActiveFormProps {
  userId: string;
  active: boolean;
  labels: SetActiveFormLabels;
}

/** Deactivates an active user or reactivates a deactivated one. */
export function SetActiveForm({ userId, active, labels }: SetActiveFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(setUserActiveAction);

  return (
    <VStack gap="space-16">
      <FormFeedback state={state} fieldIds={{}} labels={labels} />
      <form action={formAction} onSubmit={onSubmit}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="active" value={active ? "false" : "true"} />
        <Button type="submit" variant={active ? "secondary" : "primary"} data-color={active ? "danger" : undefined} loading={isPending}>
          {active ? labels.deactivate : labels.reactivate}
        </Button>
      </form>
    </VStack>
  );
}
