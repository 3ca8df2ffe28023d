"use client";

import { startTransition, useActionState, useId, useState, type FormEvent } from "react";

import { IDLE_FORM_STATE, type FormState } from "@/lib/mutation/form-state";

import { useOutcome } from "./action-outcome";

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * `useActionState` for a server action, submitted from `onSubmit` so React does not reset the form
 * after the action: what the user typed stays after a failed submit. Before hydration the form
 * still posts through `action` (progressive enhancement).
 *
 * `state` is what the form should show: its last result, but only while it is the page's latest action
 * (see ActionOutcomeProvider) and not while a new submit of it is on the way — old messages never linger.
 */
export function useFormAction(action: FormAction) {
  const [result, formAction, isPending] = useActionState(action, IDLE_FORM_STATE);
  const outcome = useOutcome(useId());
  // The result that was on screen when the form was last submitted: stale from then on.
  const [staleResult, setStaleResult] = useState<FormState | null>(null);
  const submit = (formData: FormData) => {
    outcome.report();
    setStaleResult(result);
    startTransition(() => formAction(formData));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(new FormData(event.currentTarget));
  };
  const state = outcome.isLatest && result !== staleResult ? result : IDLE_FORM_STATE;
  return { state, formAction, isPending, onSubmit, submit };
}
