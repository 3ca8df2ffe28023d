"use client";

import { ConfirmedForm } from "@/components/forms/confirmed-form";
import type { FormFeedbackLabels } from "@/components/forms/form-feedback";
import type { FormAction } from "@/components/forms/use-form-action";

export interface SetActiveFormLabels extends FormFeedbackLabels {
  deactivate: string;
  reactivate: string;
  /** "Deaktivere Kari Nordmann?" */
  confirmHeading: string;
  confirmBody: string;
  confirm: string;
  cancel: string;
}

interface SetActiveFormProps {
  /** The server action, from the page (components never import app/). */
  action: FormAction;
  userId: string;
  active: boolean;
  labels: SetActiveFormLabels;
}

/** Deactivates an active user after a confirmation dialog, or reactivates a deactivated one at once. */
export function SetActiveForm({ userId, active, labels, action }: SetActiveFormProps) {
  return (
    <ConfirmedForm
      action={action}
      fields={{ userId, active: active ? "false" : "true" }}
      button={active ? { label: labels.deactivate, variant: "secondary", danger: true } : { label: labels.reactivate, variant: "primary" }}
      confirm={active ? { heading: labels.confirmHeading, body: labels.confirmBody, confirm: labels.confirm, cancel: labels.cancel } : null}
      labels={labels}
      gap="space-16"
    />
  );
}
