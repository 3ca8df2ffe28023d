"use client";

import { Button, HStack, VStack } from "@navikt/ds-react";
import type { FormEvent, ReactNode } from "react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

export interface EvaluationFormButton {
  label: string;
  variant?: "primary" | "secondary";
  /** Posted as name=value when this button submits the form (e.g. submit=on for "submit my scores"). */
  name?: string;
  value?: string;
}

interface EvaluationFormProps {
  action: FormAction;
  hidden: Record<string, string>;
  /** Field name → input id, so the error summary links to each field ("scores.3.score" → "scores-3-score"). */
  fieldIds: Record<string, string>;
  buttons: EvaluationFormButton[];
  labels: FormFeedbackLabels;
  /** The fields, rendered by the page. */
  children: ReactNode;
}

/** The evaluation pages' forms: the page renders the fields, this posts them (with the button pressed) and shows the outcome. */
export function EvaluationForm({ action, hidden, fieldIds, buttons, labels, children }: EvaluationFormProps) {
  const { state, formAction, isPending, submit } = useFormAction(action);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    submit(new FormData(event.currentTarget, submitter instanceof HTMLButtonElement ? submitter : null));
  };
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <VStack gap="space-16">
        <FormFeedback state={state} fieldIds={fieldIds} labels={labels} focusOnSuccess />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
        <HStack gap="space-8">
          {buttons.map((button) => (
            <Button key={button.label} type="submit" variant={button.variant ?? "primary"} name={button.name} value={button.value} loading={isPending}>
              {button.label}
            </Button>
          ))}
        </HStack>
      </VStack>
    </form>
  );
}
