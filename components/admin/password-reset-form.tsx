"use client";

import { BodyLong, Button, VStack } from "@navikt/ds-react";


import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

export interface PasswordResetFormLabels extends FormFeedbackLabels {
  intro: string;
  submit: string;
}

/** Queues a single-use link for a new password to the user. The admin sees a confirmation, never the link. */
export function PasswordResetForm({ userId, labels, action }: { userId: string; labels: PasswordResetFormLabels; action: FormAction }) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);

  return (
    <VStack gap="space-16">
      <FormFeedback state={state} fieldIds={{}} labels={labels} />
      <BodyLong>{labels.intro}</BodyLong>
      <form action={formAction} onSubmit={onSubmit}>
        <input type="hidden" name="userId" value={userId} />
        <Button type="submit" variant="secondary" loading={isPending}>
          {labels.submit}
        </Button>
      </form>
    </VStack>
  );
}
