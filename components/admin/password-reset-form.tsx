"use client";

import { BodyLong, Button, VStack } from "@navikt/ds-react";

import { requestPasswordResetAction } from "@/app/(admin)/admin/actions";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction } from "@/components/forms/use-form-action";

export interface PasswordResetFormLabels extends FormFeedbackLabels {
  intro: string;
  submit: string;
}

/** Queues a single-use link for a new password to the user. The admin sees a confirmation, never the link. */
export function PasswordResetForm({ userId, labels }: { userId: string; labels: PasswordResetFormLabels }) {
  const { state, formAction, isPending, onSubmit } = useFormAction(requestPasswordResetAction);

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
