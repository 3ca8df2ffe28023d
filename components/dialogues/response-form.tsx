"use client";

import { Button, Checkbox, Select, Textarea, VStack } from "@navikt/ds-react";
import { useState } from "react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

export interface ResponseFormLabels extends FormFeedbackLabels {
  supplier: string;
  answer: string;
  answerHelp: string;
  registerInterest: string;
  send: string;
  update: string;
}

interface ResponseFormProps {
  action: FormAction;
  dialogueId: string;
  /** The organisations the user acts for, each with its answer so far (if any). */
  suppliers: { id: string; name: string; answer: { text: string; interested: boolean } | null }[];
  maxLength: number;
  labels: ResponseFormLabels;
}

const FIELD_IDS = { supplierId: "response-supplier", text: "response-text", interested: "response-interested" };

/** A supplier's answer to a market dialogue for one of its organisations; the stored answer is the starting text. */
export function ResponseForm({ action, dialogueId, suppliers, maxLength, labels }: ResponseFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const [supplierId, setSupplierId] = useState(suppliers[0]?.id ?? "");
  const chosen = suppliers.find((supplier) => supplier.id === supplierId);
  return (
      <form action={formAction} onSubmit={onSubmit} noValidate className="form-narrow">
        <VStack gap="space-16">
          <FormFeedback state={state} fieldIds={FIELD_IDS} labels={labels} headingTag="h3" />
          <input type="hidden" name="dialogueId" value={dialogueId} />
          {suppliers.length > 1 ? (
            <Select id={FIELD_IDS.supplierId} name="supplierId" label={labels.supplier} value={supplierId} onChange={(event) => setSupplierId(event.target.value)} error={fieldError(state, "supplierId")}>
              {suppliers.map((supplier) => (
                <option key={supplier.id} value={supplier.id}>
                  {supplier.name}
                </option>
              ))}
            </Select>
          ) : (
            <input type="hidden" name="supplierId" value={supplierId} />
          )}
          {/* Keyed by organisation: switching organisation starts from that organisation's own answer. */}
          <Textarea key={`text-${supplierId}`} id={FIELD_IDS.text} name="text" label={labels.answer} description={labels.answerHelp} defaultValue={chosen?.answer?.text ?? ""} maxLength={maxLength} minRows={6} error={fieldError(state, "text")} />
          <Checkbox key={`interest-${supplierId}`} id={FIELD_IDS.interested} name="interested" value="on" defaultChecked={chosen?.answer ? chosen.answer.interested : true}>
            {labels.registerInterest}
          </Checkbox>
          <div>
            <Button type="submit" loading={isPending}>
              {chosen?.answer ? labels.update : labels.send}
            </Button>
          </div>
        </VStack>
      </form>
  );
}
