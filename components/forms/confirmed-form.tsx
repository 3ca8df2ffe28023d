"use client";

import { BodyLong, Button, Modal, VStack, type ButtonProps } from "@navikt/ds-react";
import { useRef, type FormEvent } from "react";

import { FormFeedback, type FormFeedbackLabels } from "./form-feedback";
import { useFormAction, type FormAction } from "./use-form-action";

export interface ConfirmedFormProps {
  /** The server action, from the page (components never import app/). */
  action: FormAction;
  /** The hidden fields the action takes. */
  fields: Record<string, string>;
  button: { label: string; variant?: ButtonProps["variant"]; danger?: boolean; size?: ButtonProps["size"]; accessibleName?: string };
  /** Ask first (a destructive step), or null to submit at once. */
  confirm: { heading: string; body: string; confirm: string; cancel: string } | null;
  labels: FormFeedbackLabels;
  feedbackHeadingTag?: "h2" | "h3";
  gap?: "space-8" | "space-16";
}

/**
 * A one-button form that asks before it acts: an Aksel Modal (a native modal dialog, so focus stays inside until it
 * closes and returns to the button; Esc cancels) whose safe choice, cancel, has focus — Enter does no harm.
 */
export function ConfirmedForm({ action, fields, button, confirm, labels, feedbackHeadingTag, gap = "space-8" }: ConfirmedFormProps) {
  const { state, formAction, isPending, onSubmit, submit } = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!confirm) return onSubmit(event);
    event.preventDefault();
    dialogRef.current?.showModal();
    cancelRef.current?.focus();
  };
  const onConfirm = () => {
    dialogRef.current?.close();
    if (formRef.current) submit(new FormData(formRef.current));
  };
  return (
    <VStack gap={gap}>
      <FormFeedback state={state} fieldIds={{}} labels={labels} {...(feedbackHeadingTag ? { headingTag: feedbackHeadingTag } : {})} />
      <form ref={formRef} action={formAction} onSubmit={onFormSubmit}>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button type="submit" size={button.size} variant={button.variant ?? "secondary"} data-color={button.danger ? "danger" : undefined} loading={isPending} aria-label={button.accessibleName}>
          {button.label}
        </Button>
      </form>
      {confirm && (
        <Modal ref={dialogRef} header={{ heading: confirm.heading }} width="small">
          <Modal.Body>
            <BodyLong>{confirm.body}</BodyLong>
          </Modal.Body>
          <Modal.Footer>
            <Button type="button" data-color="danger" onClick={onConfirm}>
              {confirm.confirm}
            </Button>
            <Button type="button" variant="secondary" ref={cancelRef} onClick={() => dialogRef.current?.close()}>
              {confirm.cancel}
            </Button>
          </Modal.Footer>
        </Modal>
      )}
    </VStack>
  );
}
