"use client";

import { BodyLong, Button, VStack } from "@navikt/ds-react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

interface DialogueStepFormProps {
  action: FormAction;
  dialogue: { id: string; version: number };
  submitLabel: string;
  help: string;
  variant?: "primary" | "secondary";
  labels: FormFeedbackLabels;
}

/** One step on a market dialogue (publish, turn into a competition) from the version the officer saw. */
export function DialogueStepForm({ action, dialogue, submitLabel, help, variant = "primary", labels }: DialogueStepFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <VStack gap="space-12">
        <FormFeedback state={state} fieldIds={{}} labels={labels} headingTag="h3" focusOnSuccess />
        <input type="hidden" name="dialogueId" value={dialogue.id} />
        <input type="hidden" name="version" value={dialogue.version} />
        <BodyLong>{help}</BodyLong>
        <div>
          <Button type="submit" variant={variant} loading={isPending}>
            {submitLabel}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
