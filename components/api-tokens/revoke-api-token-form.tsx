"use client";

import { BodyLong, Button, Modal, VStack } from "@navikt/ds-react";
import { useRef, type FormEvent } from "react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

export interface RevokeApiTokenFormLabels extends FormFeedbackLabels {
  /** "Trekk tilbake Regnskapssystemet": the button's accessible name names the token. */
  revokeNamed: string;
  revoke: string;
  confirmHeading: string;
  confirmBody: string;
  cancel: string;
}

/** Revokes a token after a confirmation dialog (the safe choice, cancel, has focus). */
export function RevokeApiTokenForm({ action, tokenId, labels }: { action: FormAction; tokenId: string; labels: RevokeApiTokenFormLabels }) {
  const { state, formAction, isPending, submit } = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    dialogRef.current?.showModal();
    cancelRef.current?.focus();
  };
  const onConfirm = () => {
    dialogRef.current?.close();
    if (formRef.current) submit(new FormData(formRef.current));
  };
  return (
    <VStack gap="space-8">
      <FormFeedback state={state} fieldIds={{}} labels={labels} headingTag="h3" />
      <form ref={formRef} action={formAction} onSubmit={onFormSubmit}>
        <input type="hidden" name="tokenId" value={tokenId} />
        <Button type="submit" size="small" variant="secondary" data-color="danger" loading={isPending} aria-label={labels.revokeNamed}>
          {labels.revoke}
        </Button>
      </form>
      <Modal ref={dialogRef} header={{ heading: labels.confirmHeading }} width="small">
        <Modal.Body>
          <BodyLong>{labels.confirmBody}</BodyLong>
        </Modal.Body>
        <Modal.Footer>
          <Button type="button" data-color="danger" onClick={onConfirm}>
            {labels.revoke}
          </Button>
          <Button type="button" variant="secondary" ref={cancelRef} onClick={() => dialogRef.current?.close()}>
            {labels.cancel}
          </Button>
        </Modal.Footer>
      </Modal>
    </VStack>
  );
}
