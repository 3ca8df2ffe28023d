"use client";

import { Alert, ErrorSummary } from "@navikt/ds-react";
import { useEffect, useRef, type MouseEvent } from "react";

import type { FormState } from "@/lib/mutation/form-state";

export interface FormFeedbackLabels {
  /** "Feilkode", shown before the event id of an unexpected error. */
  eventId: string;
}

interface FormFeedbackProps {
  state: FormState;
  /** Field name → id of its input, for the error summary's links; errors for other names are listed unlinked. */
  fieldIds: Record<string, string>;
  labels: FormFeedbackLabels;
  /** The error summary's heading level: h2 under the page's h1, h3 inside a section. */
  headingTag?: "h2" | "h3";
  /** Move focus to a success message too (when the form it replaces, and the focused button, disappear). */
  focusOnSuccess?: boolean;
}

// Long e-mail addresses in a message must wrap at 360 px instead of running out of the box.
const WRAP = { overflowWrap: "anywhere" } as const;

/** A link to `#id` scrolls but does not always move focus: move it, so typing goes into the field. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}

/**
 * The result of a form action: a success message, or the general error with a summary of the field
 * errors (focused, so keyboard and screen-reader users land on it). Each summary line links to its field.
 */
export function FormFeedback({ state, fieldIds, labels, headingTag = "h2", focusOnSuccess = false }: FormFeedbackProps) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const fieldErrors = state.status === "error" ? Object.entries(state.fieldErrors).filter(([, messages]) => messages.length > 0) : [];

  useEffect(() => {
    if (state.status === "ok" && focusOnSuccess) successRef.current?.focus();
    if (state.status !== "error") return;
    (summaryRef.current ?? alertRef.current)?.focus();
  }, [state, focusOnSuccess]);

  if (state.status === "ok") {
    return (
      <Alert variant="success" role="status" ref={successRef} tabIndex={focusOnSuccess ? -1 : undefined} style={WRAP}>
        {state.message}
      </Alert>
    );
  }
  if (state.status !== "error") return null;
  if (fieldErrors.length === 0) {
    return (
      <Alert variant="error" role="alert" ref={alertRef} tabIndex={-1} style={WRAP}>
        {state.message}
        {state.eventId && (
          <>
            {" "}
            {labels.eventId}: <code>{state.eventId}</code>
          </>
        )}
      </Alert>
    );
  }
  return (
    <ErrorSummary ref={summaryRef} heading={state.message} headingTag={headingTag}>
      {fieldErrors.map(([name, messages]) => {
        const id = fieldIds[name];
        return id ? (
          <ErrorSummary.Item key={name} href={`#${id}`} onClick={(event: MouseEvent<HTMLAnchorElement>) => focusField(event, id)}>
            {messages[0]}
          </ErrorSummary.Item>
        ) : (
          <ErrorSummary.Item key={name} as="span">
            {messages[0]}
          </ErrorSummary.Item>
        );
      })}
    </ErrorSummary>
  );
}
