"use client";

import { Search } from "@navikt/ds-react";
import Form from "next/form";

export interface UserSearchLabels {
  label: string;
  submit: string;
  clear: string;
}

/**
 * The user list's search: a GET form, so the query is in the address (?q=) and the server filters.
 * next/form navigates without a full reload; without JavaScript it is an ordinary GET.
 */
export function UserSearch({ action, q, error, labels }: { action: string; q: string; error?: string; labels: UserSearchLabels }) {
  return (
    <Form action={action} role="search" className="form-narrow">
      <Search
        id="user-search"
        name="q"
        label={labels.label}
        hideLabel={false}
        variant="primary"
        defaultValue={q}
        error={error}
        clearButtonLabel={labels.clear}
        autoComplete="off"
      >
        <Search.Button type="submit">{labels.submit}</Search.Button>
      </Search>
    </Form>
  );
}
