"use client";

import { Button, Select, TextField, VStack } from "@navikt/ds-react";


import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { fieldError } from "@/lib/mutation/form-state";
import { RoleScopeFields, roleScopeFieldIds, type RoleScopeLabels, type RoleScopeOptions, type SelectOption } from "./role-scope-fields";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

export interface CreateUserFormLabels extends RoleScopeLabels, FormFeedbackLabels {
  email: string;
  name: string;
  password: string;
  passwordHelp: string;
  locale: string;
  submit: string;
}

interface CreateUserFormProps {
  /** The server action, from the page (components never import app/). */
  action: FormAction;
  labels: CreateUserFormLabels;
  locales: SelectOption[];
  options: RoleScopeOptions;
}

const FIELD_IDS = {
  email: "new-user-email",
  name: "new-user-name",
  password: "new-user-password",
  locale: "new-user-locale",
  ...roleScopeFieldIds("new-user"),
};

/** Creates a user with a first role; on success the action redirects to the user's page. */
export function CreateUserForm({ labels, locales, options, action }: CreateUserFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const error = (name: string) => fieldError(state, name);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="form-narrow">
      <VStack gap="space-24">
        <FormFeedback state={state} fieldIds={FIELD_IDS} labels={labels} />
        <TextField id={FIELD_IDS.email} name="email" type="email" label={labels.email} autoComplete="off" error={error("email")} />
        <TextField id={FIELD_IDS.name} name="name" label={labels.name} autoComplete="off" error={error("name")} />
        <TextField
          id={FIELD_IDS.password}
          name="password"
          type="password"
          label={labels.password}
          description={labels.passwordHelp}
          autoComplete="new-password"
          error={error("password")}
        />
        <Select id={FIELD_IDS.locale} name="locale" label={labels.locale} defaultValue="nb" error={error("locale")}>
          {locales.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
        <RoleScopeFields
          idPrefix="new-user"
          {...options}
          labels={labels}
          errors={{ role: error("role"), regionId: error("regionId"), supplierId: error("supplierId") }}
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
