"use client";

import { Button, Textarea, VStack } from "@navikt/ds-react";
import { useEffect, useRef } from "react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { ActingSupplierField, type ActingSupplier } from "@/components/suppliers/acting-supplier-field";
import { fieldError } from "@/lib/mutation/form-state";

interface AskQuestionFormProps {
  tenderId: string;
  /** The organisations the user may ask for (a choice only when there are several). */
  suppliers: ActingSupplier[];
  action: FormAction;
  labels: FormFeedbackLabels & { supplier: string; question: string; description: string; submit: string };
}

/** A supplier's question on a competition, for the organisation chosen; the text field empties once it has been sent. */
export function AskQuestionForm({ tenderId, suppliers, action, labels }: AskQuestionFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "ok") formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
      <VStack gap="space-12">
        <FormFeedback state={state} fieldIds={{ supplierId: "ask-supplier", text: "ask-text" }} labels={labels} headingTag="h3" />
        <input type="hidden" name="tenderId" value={tenderId} />
        <ActingSupplierField id="ask-supplier" suppliers={suppliers} label={labels.supplier} error={fieldError(state, "supplierId")} />
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
