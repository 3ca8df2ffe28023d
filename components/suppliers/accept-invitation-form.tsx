"use client";

import { Button, TextField, VStack } from "@navikt/ds-react";

import { AppLink } from "@/components/common/app-link";
import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";
import { ROUTES } from "@/lib/routes";

export interface AcceptInvitationLabels extends FormFeedbackLabels {
  name: string;
  password: string;
  currentPassword: string;
  passwordHelp: string;
  confirmPassword: string;
  submit: string;
  toLogin: string;
}

const FIELD_IDS = { name: "invitation-name", password: "invitation-password", confirmPassword: "invitation-password-confirm" };

/** A new person: name and a new password (twice). An existing account: its current password only. */
export function AcceptInvitationForm({ token, existingAccount, action, labels }: { token: string; existingAccount: boolean; action: FormAction; labels: AcceptInvitationLabels }) {
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
        <input type="hidden" name="token" value={token} />
        {existingAccount ? (
          <TextField id={FIELD_IDS.password} name="password" type="password" label={labels.currentPassword} autoComplete="current-password" error={error("password")} />
        ) : (
          <>
            <TextField id={FIELD_IDS.name} name="name" label={labels.name} autoComplete="name" error={error("name")} />
            <TextField id={FIELD_IDS.password} name="password" type="password" label={labels.password} description={labels.passwordHelp} autoComplete="new-password" error={error("password")} />
            <TextField id={FIELD_IDS.confirmPassword} name="confirmPassword" type="password" label={labels.confirmPassword} autoComplete="new-password" error={error("confirmPassword")} />
          </>
        )}
        <div>
          <Button type="submit" loading={isPending}>
            {labels.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
