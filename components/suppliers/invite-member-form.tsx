"use client";

import { Button, TextField, VStack } from "@navikt/ds-react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

export interface InviteMemberLabels extends FormFeedbackLabels {
  email: string;
  help: string;
  submit: string;
}

/** The administrator invites a colleague by e-mail address. The form clears after a sent invitation. */
export function InviteMemberForm({ supplierId, action, labels }: { supplierId: string; action: FormAction; labels: InviteMemberLabels }) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const fieldIds = { email: `invite-email-${supplierId}` };
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate key={state.status === "ok" ? state.message : "form"}>
      <VStack gap="space-12">
        <FormFeedback state={state} fieldIds={fieldIds} labels={labels} />
        <input type="hidden" name="supplierId" value={supplierId} />
        <TextField id={fieldIds.email} name="email" type="email" label={labels.email} description={labels.help} autoComplete="off" error={fieldError(state, "email")} />
        <div>
          <Button type="submit" variant="secondary" loading={isPending}>
            {labels.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
