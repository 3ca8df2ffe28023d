"use client";

import { BodyShort, Button, VStack } from "@navikt/ds-react";
import { useState } from "react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { ActingSupplierField, type ActingSupplier } from "@/components/suppliers/acting-supplier-field";
import { fieldError } from "@/lib/mutation/form-state";

interface InterestToggleProps {
  tenderId: string;
  /** The user's organisations, each with whether it has registered interest (a choice only when there are several). */
  suppliers: (ActingSupplier & { registered: boolean })[];
  /** Registers or withdraws, as the form's `intent` says. */
  action: FormAction;
  labels: FormFeedbackLabels & {
    supplier: string;
    register: string;
    withdraw: string;
    /** "{name} has registered interest" / "… has not", for the organisation chosen (only shown when there are several). */
    registeredFor: Record<string, string>;
    noneFor: Record<string, string>;
  };
}

/**
 * The button that registers or withdraws an organisation's interest in a competition. A user of several chooses the
 * organisation; the button and the state line follow that organisation's own registration.
 */
export function InterestToggle({ tenderId, suppliers, action, labels }: InterestToggleProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const [supplierId, setSupplierId] = useState(suppliers[0]?.id ?? "");
  const chosen = suppliers.find((supplier) => supplier.id === supplierId);
  const registered = chosen?.registered ?? false;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <VStack gap="space-12">
        <FormFeedback state={state} fieldIds={{ supplierId: "interest-supplier" }} labels={labels} headingTag="h3" focusOnSuccess />
        <input type="hidden" name="tenderId" value={tenderId} />
        <input type="hidden" name="intent" value={registered ? "withdraw" : "register"} />
        <ActingSupplierField id="interest-supplier" suppliers={suppliers} label={labels.supplier} error={fieldError(state, "supplierId")} value={supplierId} onChange={setSupplierId} />
        {suppliers.length > 1 && chosen && (
          <BodyShort aria-live="polite">{registered ? labels.registeredFor[chosen.id] : labels.noneFor[chosen.id]}</BodyShort>
        )}
        <div>
          <Button type="submit" variant={registered ? "secondary" : "primary"} loading={isPending}>
            {registered ? labels.withdraw : labels.register}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
