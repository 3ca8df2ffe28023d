"use client";

import { BodyLong, Button, Modal, VStack } from "@navikt/ds-react";
import { useRef, type FormEvent } from "react";


import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

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

/**
 * Deactivates an active user — after a confirmation dialog (Aksel Modal: a native modal dialog, so focus
 * stays inside until it closes and returns to the button; Esc cancels) — or reactivates a deactivated one.
 */
export function SetActiveForm({ userId, active, labels, action }: SetActiveFormProps) {
  const { state, formAction, isPending, onSubmit, submit } = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!active) return onSubmit(event);
    event.preventDefault();
    dialogRef.current?.showModal();
    // The safe choice has focus: Enter in the dialog does not deactivate anyone by accident.
    cancelRef.current?.focus();
  };
  const onConfirm = () => {
    dialogRef.current?.close();
    if (formRef.current) submit(new FormData(formRef.current));
  };

  return (
    <VStack gap="space-16">
      <FormFeedback state={state} fieldIds={{}} labels={labels} />
      <form ref={formRef} action={formAction} onSubmit={onFormSubmit}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="active" value={active ? "false" : "true"} />
        <Button type="submit" variant={active ? "secondary" : "primary"} data-color={active ? "danger" : undefined} loading={isPending}>
          {active ? labels.deactivate : labels.reactivate}
        </Button>
      </form>
      <Modal ref={dialogRef} header={{ heading: labels.confirmHeading }} width="small">
        <Modal.Body>
          <BodyLong>{labels.confirmBody}</BodyLong>
        </Modal.Body>
        <Modal.Footer>
          <Button type="button" data-color="danger" onClick={onConfirm}>
            {labels.confirm}
          </Button>
          <Button type="button" variant="secondary" ref={cancelRef} onClick={() => dialogRef.current?.close()}>
            {labels.cancel}
          </Button>
        </Modal.Footer>
      </Modal>
    </VStack>
  );
}
