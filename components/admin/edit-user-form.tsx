"use client";

import { Button, Select, TextField, VStack } from "@navikt/ds-react";

import { fieldError } from "@/lib/mutation/form-state";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import type { SelectOption } from "./role-scope-fields";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

export interface EditUserFormLabels extends FormFeedbackLabels {
  name: string;
  email: string;
  locale: string;
  submit: string;
}

interface EditUserFormProps {
  /** The server action, from the page (components never import app/). */
  action: FormAction;
  user: { id: string; name: string; email: string; locale: string };
  locales: SelectOption[];
  labels: EditUserFormLabels;
}

const FIELD_IDS = { name: "edit-user-name", email: "edit-user-email", locale: "edit-user-locale" };

/** Changes a user's name, e-mail and language; what was typed stays after a failed save. */
export function EditUserForm({ user, locales, labels, action }: EditUserFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const error = (name: string) => fieldError(state, name);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="form-narrow">
      <VStack gap="space-16">
        <FormFeedback state={state} fieldIds={FIELD_IDS} labels={labels} headingTag="h3" />
        <input type="hidden" name="userId" value={user.id} />
        <TextField id={FIELD_IDS.name} name="name" label={labels.name} defaultValue={user.name} autoComplete="off" error={error("name")} />
        <TextField
          id={FIELD_IDS.email}
          name="email"
          type="email"
          label={labels.email}
          defaultValue={user.email}
          autoComplete="off"
          error={error("email")}
        />
        <Select id={FIELD_IDS.locale} name="locale" label={labels.locale} defaultValue={user.locale === "en" ? "en" : "nb"} error={error("locale")}>
          {locales.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
        <div>
          <Button type="submit" variant="secondary" loading={isPending}>
            {labels.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
