"use client";

import { Button, Textarea, VStack } from "@navikt/ds-react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

interface TenderStepFormProps {
  action: FormAction;
  tender: { id: string; version: number };
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  /** A text field (a comment when sending back, the reason when cancelling): its label and form name. */
  commentLabel?: string;
  commentName?: "comment" | "reason";
  labels: FormFeedbackLabels;
  idPrefix: string;
}

/** One step on a competition (submit, approve, send back, announce): the version seen, and a comment where needed. */
export function TenderStepForm({ action, tender, submitLabel, variant = "primary", commentLabel, commentName = "comment", labels, idPrefix }: TenderStepFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const commentId = `${idPrefix}-comment`;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <VStack gap="space-12">
        <FormFeedback state={state} fieldIds={{ [commentName]: commentId }} labels={labels} headingTag="h3" focusOnSuccess />
        <input type="hidden" name="tenderId" value={tender.id} />
        <input type="hidden" name="version" value={tender.version} />
        {commentLabel && <Textarea id={commentId} name={commentName} label={commentLabel} minRows={2} error={fieldError(state, commentName)} />}
        <div>
          <Button type="submit" variant={variant} loading={isPending}>
            {submitLabel}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
