"use client";

import { Button, Textarea, VStack } from "@navikt/ds-react";
import { useEffect, useRef } from "react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

interface AskQuestionFormProps {
  tenderId: string;
  action: FormAction;
  labels: FormFeedbackLabels & { question: string; description: string; submit: string };
}

/** A supplier's question on a competition; the field empties once it has been sent. */
export function AskQuestionForm({ tenderId, action, labels }: AskQuestionFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "ok") formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
      <VStack gap="space-12">
        <FormFeedback state={state} fieldIds={{ text: "ask-text" }} labels={labels} headingTag="h3" />
        <input type="hidden" name="tenderId" value={tenderId} />
        <Textarea id="ask-text" name="text" label={labels.question} description={labels.description} minRows={4} maxLength={4000} error={fieldError(state, "text")} />
        <div>
          <Button type="submit" loading={isPending}>
            {labels.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
