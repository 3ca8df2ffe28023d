"use client";

import { Button, Link } from "@navikt/ds-react";
import NextLink from "next/link";
import type { ReactNode } from "react";

interface AppLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/*
 * Aksel's Link and Button are client components; a server component cannot hand them NextLink as
 * `as` (functions do not cross the server/client boundary), so these wrappers do it on the client.
 */
export function AppLink({ href, children, className }: AppLinkProps) {
  return (
    <Link as={NextLink} href={href} className={className}>
      {children}
    </Link>
  );
}

export function AppButtonLink({ href, children, variant }: AppLinkProps & { variant?: "primary" | "secondary" | "tertiary" }) {
  return (
    // Aksel gives a non-button element role="button"; this one navigates, so assistive technology should hear a link.
    <Button as={NextLink} href={href} variant={variant} role="link">
      {children}
    </Button>
  );
}
