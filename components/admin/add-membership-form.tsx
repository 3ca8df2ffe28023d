"use client";

import { Button, VStack } from "@navikt/ds-react";
import { useState } from "react";


import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { fieldError, type FormState } from "@/lib/mutation/form-state";
import { RoleScopeFields, roleScopeFieldIds, type RoleScopeLabels, type RoleScopeOptions } from "./role-scope-fields";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

export interface AddMembershipFormLabels extends RoleScopeLabels, FormFeedbackLabels {
  submit: string;
}

interface AddMembershipFormProps {
  /** The server action, from the page (components never import app/). */
  action: FormAction;
  userId: string;
  labels: AddMembershipFormLabels;
  options: RoleScopeOptions;
}

const ID_PREFIX = "add-role";

/** Grants another role to a user; the fields are cleared after a success and kept after a failure. */
export function AddMembershipForm({ userId, labels, options, action }: AddMembershipFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  // A new key after each success remounts the fields empty (adjusting state during render, not in an effect).
  const [handled, setHandled] = useState<FormState>(state);
  const [generation, setGeneration] = useState(0);
  if (handled !== state) {
    setHandled(state);
    if (state.status === "ok") setGeneration((value) => value + 1);
  }
  const error = (name: string) => fieldError(state, name);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="form-narrow">
      <VStack gap="space-16">
        <FormFeedback state={state} fieldIds={roleScopeFieldIds(ID_PREFIX)} labels={labels} headingTag="h3" />
        <input type="hidden" name="userId" value={userId} />
        <RoleScopeFields
          key={generation}
          idPrefix={ID_PREFIX}
          {...options}
          labels={labels}
          errors={{ role: error("role"), regionId: error("regionId"), supplierId: error("supplierId") }}
        />
        <div>
          <Button type="submit" variant="secondary" loading={isPending}>
            {labels.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
