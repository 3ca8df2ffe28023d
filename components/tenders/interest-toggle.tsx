"use client";

import { Button, VStack } from "@navikt/ds-react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

interface InterestToggleProps {
  tenderId: string;
  registered: boolean;
  /** Registers or withdraws, as the form's `intent` says. */
  action: FormAction;
  labels: FormFeedbackLabels & { submit: string };
}

/** The button that registers or withdraws the organisation's interest in a competition (the state is said beside it). */
export function InterestToggle({ tenderId, registered, action, labels }: InterestToggleProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <VStack gap="space-12">
        <FormFeedback state={state} fieldIds={{}} labels={labels} headingTag="h3" focusOnSuccess />
        <input type="hidden" name="tenderId" value={tenderId} />
        <input type="hidden" name="intent" value={registered ? "withdraw" : "register"} />
        <div>
          <Button type="submit" variant={registered ? "secondary" : "primary"} loading={isPending}>
            {labels.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
