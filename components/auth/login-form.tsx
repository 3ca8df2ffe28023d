"use client";

import { Alert, Button, TextField, VStack } from "@navikt/ds-react";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";

import { isLoginErrorCode, type LoginErrorCode } from "@/lib/auth/login-errors";

interface LoginFormProps {
  callbackUrl: string;
  showSso: boolean;
  initialError?: string;
  labels: {
    email: string;
    password: string;
    submit: string;
    sso: string;
    or: string;
    errors: Record<LoginErrorCode | "missingEmail" | "missingPassword" | "generic", string>;
  };
}

export function LoginForm({ callbackUrl, showSso, initialError, labels }: LoginFormProps) {
  const [error, setError] = useState(initialError);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const missing = {
      email: email ? undefined : labels.errors.missingEmail,
      password: password ? undefined : labels.errors.missingPassword,
    };
    setFieldErrors(missing);
    if (missing.email || missing.password) return;

    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    const code = result?.error;
    setError(isLoginErrorCode(code) ? labels.errors[code] : labels.errors.generic);
    setPending(false);
  }

  return (
    <VStack gap="space-16">
      {error && (
        <Alert variant="error" role="alert">
          {error}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate method="post">
        <VStack gap="space-16">
          <TextField label={labels.email} name="email" type="email" autoComplete="username" error={fieldErrors.email} />
          <TextField
            label={labels.password}
            name="password"
            type="password"
            autoComplete="current-password"
            error={fieldErrors.password}
          />
          <Button type="submit" loading={pending}>
            {labels.submit}
          </Button>
        </VStack>
      </form>
      {showSso && (
        <>
          <p>{labels.or}</p>
          <Button variant="secondary" onClick={() => void signIn("oidc", { callbackUrl })}>
            {labels.sso}
          </Button>
        </>
      )}
    </VStack>
  );
}
