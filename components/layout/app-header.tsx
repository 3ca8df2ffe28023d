"use client";

import { LeaveIcon } from "@navikt/aksel-icons";
import { ActionMenu, InternalHeader, Spacer } from "@navikt/ds-react";
import { signOut } from "next-auth/react";
import Link from "next/link";

import { setLocaleAction } from "@/app/actions/locale";
import type { Locale } from "@/lib/i18n";

interface AppHeaderProps {
  locale: Locale;
  user: { name: string; roles: string } | null;
  nav: { href: string; label: string }[];
  labels: {
    appName: string;
    login: string;
    logout: string;
    language: string;
    mainNav: string;
    languageNames: Record<Locale, string>;
  };
}

export function AppHeader({ locale, user, nav, labels }: AppHeaderProps) {
  const other: Locale = locale === "nb" ? "en" : "nb";
  return (
    <header>
      <InternalHeader>
        <InternalHeader.Title as={Link} href="/">
          {labels.appName}
        </InternalHeader.Title>
        <Spacer />
        <form action={setLocaleAction} className="header-actions">
          <input type="hidden" name="locale" value={other} />
          <InternalHeader.Button type="submit" lang={other} aria-label={`${labels.language}: ${labels.languageNames[other]}`}>
            {labels.languageNames[other]}
          </InternalHeader.Button>
        </form>
        {user ? (
          <ActionMenu>
            <ActionMenu.Trigger>
              <InternalHeader.UserButton name={user.name} description={user.roles} />
            </ActionMenu.Trigger>
            <ActionMenu.Content>
              <ActionMenu.Item onSelect={() => void signOut({ callbackUrl: "/login" })} icon={<LeaveIcon aria-hidden />}>
                {labels.logout}
              </ActionMenu.Item>
            </ActionMenu.Content>
          </ActionMenu>
        ) : (
          <InternalHeader.Button as={Link} href="/login">
            {labels.login}
          </InternalHeader.Button>
        )}
      </InternalHeader>
      {nav.length > 0 && (
        <nav className="app-nav" aria-label={labels.mainNav}>
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="aksel-link">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
