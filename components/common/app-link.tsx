"use client";

import { Button, Link } from "@navikt/ds-react";
import { PaginationItem, type PaginationProps } from "@navikt/ds-react/Pagination";
import NextLink from "next/link";
import type { ReactNode } from "react";

interface AppLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
  /** Not a link at all: nowhere to go (yet). Aksel drops a disabled element's href, and a NextLink without one throws. */
  disabled?: boolean;
}

/*
 * Aksel's Link and Button are client components; a server component cannot hand them NextLink as
 * `as` (functions do not cross the server/client boundary), so these wrappers do it on the client.
 */
export function AppLink({ href, children, className, disabled }: AppLinkProps) {
  // A disabled text link is just its text, marked so assistive technology hears that it does nothing.
  if (disabled) {
    return (
      <span className={className} aria-disabled="true">
        {children}
      </span>
    );
  }
  return (
    <Link as={NextLink} href={href} className={className}>
      {children}
    </Link>
  );
}

export function AppButtonLink({ href, children, variant, disabled }: AppLinkProps & { variant?: "primary" | "secondary" | "tertiary" }) {
  if (disabled) {
    return (
      <Button type="button" variant={variant} disabled>
        {children}
      </Button>
    );
  }
  return (
    // Aksel gives a non-button element role="button"; this one navigates, so assistive technology should hear a link.
    <Button as={NextLink} href={href} variant={variant} role="link">
      {children}
    </Button>
  );
}

type PaginationItemProps = Parameters<NonNullable<PaginationProps["renderItem"]>>[0];

/**
 * Pagination's renderItem as a link to `href`. The invisible prev/next of the first and last page come disabled:
 * those stay plain (hidden) buttons, for the same reason as above.
 */
export function AppPaginationLink({ href, ...item }: PaginationItemProps & { href: string }) {
  return item.disabled ? <PaginationItem {...item} /> : <PaginationItem {...item} as={NextLink} href={href} scroll={false} />;
}
