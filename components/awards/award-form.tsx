"use client";

import { Button, Radio, RadioGroup, Textarea, TextField, VStack } from "@navikt/ds-react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

export type AwardField =
  | { kind: "hidden"; name: string; value: string | number }
  | { kind: "textarea"; name: string; label: string; description?: string }
  | { kind: "date"; name: string; label: string; defaultValue?: string }
  | { kind: "radio"; name: string; legend: string; options: { value: string; label: string }[] }
  | { kind: "files"; name: string; label: string; accept: string };

interface AwardFormProps {
  action: FormAction;
  idPrefix: string;
  fields: readonly AwardField[];
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  labels: FormFeedbackLabels;
}

/** One award step (approve, return, decide a complaint, conclude …): its fields, errors beside them, one submit. */
export function AwardForm({ action, idPrefix, fields, submitLabel, variant = "primary", labels }: AwardFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const idOf = (name: string) => `${idPrefix}-${name}`;
  const visible = fields.filter((f) => f.kind !== "hidden");
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate encType={fields.some((f) => f.kind === "files") ? "multipart/form-data" : undefined}>
      <VStack gap="space-12">
        <FormFeedback state={state} fieldIds={Object.fromEntries(visible.map((f) => [f.name, idOf(f.name)]))} labels={labels} headingTag="h3" focusOnSuccess />
        {fields.map((field) => {
          switch (field.kind) {
            case "hidden":
              return <input key={field.name} type="hidden" name={field.name} value={field.value} />;
            case "textarea":
              return <Textarea key={field.name} id={idOf(field.name)} name={field.name} label={field.label} description={field.description} minRows={3} error={fieldError(state, field.name)} />;
            case "date":
              return <TextField key={field.name} id={idOf(field.name)} name={field.name} label={field.label} description="dd.mm.åååå" defaultValue={field.defaultValue} autoComplete="off" error={fieldError(state, field.name)} htmlSize={16} />;
            case "radio":
              return (
                <RadioGroup key={field.name} id={idOf(field.name)} name={field.name} legend={field.legend} error={fieldError(state, field.name)}>
                  {field.options.map((o) => <Radio key={o.value} value={o.value}>{o.label}</Radio>)}
                </RadioGroup>
              );
            case "files":
              return (
                <div key={field.name}>
                  <label htmlFor={idOf(field.name)} className="aksel-label">{field.label}</label>
                  <input id={idOf(field.name)} name={field.name} type="file" multiple accept={field.accept} style={{ display: "block", marginTop: 8, maxWidth: "100%" }} />
                  {fieldError(state, field.name) && <p className="aksel-error-message">{fieldError(state, field.name)}</p>}
                </div>
              );
          }
        })}
        <div>
          <Button type="submit" variant={variant} loading={isPending}>{submitLabel}</Button>
        </div>
      </VStack>
    </form>
  );
}
