"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";

export interface AreaNavItem {
  href: string;
  label: string;
  /** Every path prefix the area owns, so its link stays current on any page inside it. */
  paths: readonly string[];
}

const isWithin = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/** The role areas this user may enter; the one the page belongs to is marked with aria-current. */
export function AreaNav({ items, label }: { items: AreaNavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav className="app-nav" aria-label={label}>
      <ul>
        {items.map((item) => {
          // "page" on the area's own start page, "true" anywhere else inside the area.
          const current = pathname === item.href ? "page" : item.paths.some((prefix) => isWithin(pathname, prefix)) ? "true" : undefined;
          return (
            <li key={item.href}>
              <NextLink href={item.href} className="aksel-link" aria-current={current}>
                {item.label}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
