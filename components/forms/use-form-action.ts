"use client";

import { startTransition, useActionState, type FormEvent } from "react";

import { IDLE_FORM_STATE, type FormState } from "@/lib/mutation/form-state";

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * `useActionState` for a server action, submitted from `onSubmit` so React does not reset the form
 * after the action: what the user typed stays after a failed submit. Before hydration the form
 * still posts through `action` (progressive enhancement).
 */
export function useFormAction(action: FormAction) {
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM_STATE);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  return { state, formAction, isPending, onSubmit };
}
