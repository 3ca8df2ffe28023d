"use client";

import { Alert } from "@navikt/ds-react";
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

/** The id of the outcome given to the page on arrival (e.g. "the user was created"). */
const ARRIVAL = "arrival";

interface OutcomeContextValue {
  /** Which form acted last; only its outcome is shown. */
  latest: string | null;
  report(formId: string): void;
}

const OutcomeContext = createContext<OutcomeContextValue | null>(null);

/**
 * One page, several forms, one message: every form reports when it is submitted, and only the form that
 * acted last shows its result (success, error summary, field errors). `arrival` shows until the first action.
 */
export function ActionOutcomeProvider({ arrival, children }: { arrival?: boolean; children: ReactNode }) {
  const [latest, setLatest] = useState<string | null>(arrival ? ARRIVAL : null);
  const report = useCallback((formId: string) => setLatest(formId), []);
  const value = useMemo(() => ({ latest, report }), [latest, report]);
  return <OutcomeContext.Provider value={value}>{children}</OutcomeContext.Provider>;
}

/** Whether `formId` acted last; true outside a provider (a page with one form). */
export function useOutcome(formId: string): { isLatest: boolean; report(): void } {
  const context = useContext(OutcomeContext);
  return {
    isLatest: context ? context.latest === formId : true,
    report: () => context?.report(formId),
  };
}

/**
 * The message a page shows on arrival (from a redirect's `?created=1` or `?done=…`), until another action replaces
 * it. The parameter is dropped from the address at once (a router replace, so Next's own idea of the URL agrees),
 * and a reload or a later visit does not repeat it. Rendered on every visit. A redirect back to the same page (a
 * step that removed its own form) keeps this component mounted, so a `show` that turns true counts as an arrival too.
 */
export function ArrivalMessage({ message, show, param }: { message: string; show: boolean; param: string }) {
  const { isLatest, report } = useOutcome(ARRIVAL);
  // Kept once arrived: the replace below re-renders the page with `show` false (and the message may go).
  const [arrived, setArrived] = useState(show ? message : null);
  const [wasShown, setWasShown] = useState(show);
  if (show !== wasShown) {
    setWasShown(show);
    if (show) setArrived(message);
  }
  const router = useRouter();
  useEffect(() => {
    if (show) report();
    // `report` is a fresh closure each render; an arrival is `show` turning true, nothing else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [show]);
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has(param)) return;
    url.searchParams.delete(param);
    router.replace(url.pathname + url.search + url.hash, { scroll: false });
  }, [param, router, show]);
  if (arrived === null || !isLatest) return null;
  return (
    <Alert variant="success" role="status">
      {arrived}
    </Alert>
  );
}
