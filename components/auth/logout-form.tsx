"use client";

import { Button } from "@navikt/ds-react";
import { useState } from "react";

import { signOutHere } from "./sign-out";

/** Ends the session (next-auth clears the cookie) and returns to the log-in page. */
export function LogoutForm({ label }: { label: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      loading={pending}
      onClick={() => {
        setPending(true);
        void signOutHere();
      }}
    >
      {label}
    </Button>
  );
}
