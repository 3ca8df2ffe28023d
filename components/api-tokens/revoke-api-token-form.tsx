"use client";

import { ConfirmedForm } from "@/components/forms/confirmed-form";
import type { FormFeedbackLabels } from "@/components/forms/form-feedback";
import type { FormAction } from "@/components/forms/use-form-action";

export interface RevokeApiTokenFormLabels extends FormFeedbackLabels {
  /** "Trekk tilbake Regnskapssystemet": the button's accessible name names the token. */
  revokeNamed: string;
  revoke: string;
  confirmHeading: string;
  confirmBody: string;
  cancel: string;
}

/** Revokes a token after a confirmation dialog. */
export function RevokeApiTokenForm({ action, tokenId, labels }: { action: FormAction; tokenId: string; labels: RevokeApiTokenFormLabels }) {
  return (
    <ConfirmedForm
      action={action}
      fields={{ tokenId }}
      button={{ label: labels.revoke, size: "small", danger: true, accessibleName: labels.revokeNamed }}
      confirm={{ heading: labels.confirmHeading, body: labels.confirmBody, confirm: labels.revoke, cancel: labels.cancel }}
      labels={labels}
      feedbackHeadingTag="h3"
    />
  );
}
