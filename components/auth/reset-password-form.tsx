"use client";

import { BodyLong, Button, TextField, VStack } from "@navikt/ds-react";

import { AppLink } from "@/components/common/app-link";
import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import { fieldError, type FormState } from "@/lib/mutation/form-state";
import { ROUTES } from "@/lib/routes";

export interface ResetPasswordFormLabels extends FormFeedbackLabels {
  intro: string;
  password: string;
  passwordHelp: string;
  confirmPassword: string;
  submit: string;
  toLogin: string;
}

interface ResetPasswordFormProps {
  token: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  labels: ResetPasswordFormLabels;
}

const FIELD_IDS = { password: "reset-password", confirmPassword: "reset-password-confirm" };

/** The new password, twice. After a success only the confirmation and the way to log in remain. */
export function ResetPasswordForm({ token, action, labels }: ResetPasswordFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const error = (name: string) => fieldError(state, name);

  if (state.status === "ok") {
    return (
      <VStack gap="space-16">
        <FormFeedback state={state} fieldIds={FIELD_IDS} labels={labels} focusOnSuccess />
        <AppLink href={ROUTES.login}>{labels.toLogin}</AppLink>
      </VStack>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <VStack gap="space-16">
        <FormFeedback state={state} fieldIds={FIELD_IDS} labels={labels} />
        <BodyLong>{labels.intro}</BodyLong>
        <input type="hidden" name="token" value={token} />
        <TextField
          id={FIELD_IDS.password}
          name="password"
          type="password"
          label={labels.password}
          description={labels.passwordHelp}
          autoComplete="new-password"
          error={error("password")}
        />
        <TextField
          id={FIELD_IDS.confirmPassword}
          name="confirmPassword"
          type="password"
          label={labels.confirmPassword}
          autoComplete="new-password"
          error={error("confirmPassword")}
        />
        <div>
          <Button type="submit" loading={isPending}>
            {labels.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
