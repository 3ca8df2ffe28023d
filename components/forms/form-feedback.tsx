"use client";

import { Alert, ErrorSummary } from "@navikt/ds-react";
import { useEffect, useRef } from "react";

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
}

/**
 * The result of a form action: a success message, or the general error with a summary of the field
 * errors (focused, so keyboard and screen-reader users land on it).
 */
export function FormFeedback({ state, fieldIds, labels, headingTag = "h2" }: FormFeedbackProps) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const fieldErrors = state.status === "error" ? Object.entries(state.fieldErrors).filter(([, messages]) => messages.length > 0) : [];

  useEffect(() => {
    if (state.status !== "error") return;
    (summaryRef.current ?? alertRef.current)?.focus();
  }, [state]);

  if (state.status === "ok") {
    return (
      <Alert variant="success" role="status">
        {state.message}
      </Alert>
    );
  }
  if (state.status !== "error") return null;
  if (fieldErrors.length === 0) {
    return (
      <Alert variant="error" role="alert" ref={alertRef} tabIndex={-1}>
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
          <ErrorSummary.Item key={name} href={`#${id}`}>
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
