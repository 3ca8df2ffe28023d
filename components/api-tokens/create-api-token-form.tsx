"use client";

import { Alert, BodyLong, Button, CopyButton, HStack, Select, TextField, VStack } from "@navikt/ds-react";
import { useEffect, useRef } from "react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError, type FormState } from "@/lib/mutation/form-state";

/** The create action's result: a success carries the new token, to be shown this once. */
export type ApiTokenFormState = FormState & { token?: string };

export interface CreateApiTokenFormLabels extends FormFeedbackLabels {
  name: string;
  nameDescription: string;
  supplier: string;
  create: string;
  shownOnce: string;
  tokenLabel: string;
}

interface CreateApiTokenFormProps {
  action: FormAction;
  /** The organisations the user administers; a choice is offered only when there are several. */
  suppliers: { id: string; name: string }[];
  labels: CreateApiTokenFormLabels;
}

/** Creates an API token; the token is shown once, with a copy button, until the page is left. */
export function CreateApiTokenForm({ action, suppliers, labels }: CreateApiTokenFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const token = state.status === "ok" ? (state as ApiTokenFormState).token : undefined;
  useEffect(() => {
    if (state.status === "ok") formRef.current?.reset();
  }, [state]);
  return (
    <VStack gap="space-16">
      <FormFeedback state={state} fieldIds={{ name: "token-name", supplierId: "token-supplier" }} labels={labels} headingTag="h3" focusOnSuccess />
      {token && (
        <Alert variant="warning">
          <VStack gap="space-8">
            <BodyLong>{labels.shownOnce}</BodyLong>
            <HStack gap="space-8" align="center" wrap>
              <code data-testid="new-api-token" aria-label={labels.tokenLabel} style={{ overflowWrap: "anywhere" }}>
                {token}
              </code>
              <CopyButton copyText={token} size="small" />
            </HStack>
          </VStack>
        </Alert>
      )}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
        {/* A name is short: the field need not span a wide screen. */}
        <VStack gap="space-12" style={{ maxWidth: "32rem" }}>
          {suppliers.length > 1 ? (
            <Select id="token-supplier" name="supplierId" label={labels.supplier} error={fieldError(state, "supplierId")}>
              {suppliers.map((supplier) => (
                <option key={supplier.id} value={supplier.id}>
                  {supplier.name}
                </option>
              ))}
            </Select>
          ) : (
            suppliers[0] && <input type="hidden" name="supplierId" value={suppliers[0].id} />
          )}
          <TextField id="token-name" name="name" label={labels.name} description={labels.nameDescription} maxLength={100} autoComplete="off" error={fieldError(state, "name")} />
          <div>
            <Button type="submit" loading={isPending}>
              {labels.create}
            </Button>
          </div>
        </VStack>
      </form>
    </VStack>
  );
}
