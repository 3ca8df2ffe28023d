"use client";

import { BellIcon, GlobeIcon, LeaveIcon, MenuHamburgerIcon } from "@navikt/aksel-icons";
import { ActionMenu, InternalHeader, Spacer } from "@navikt/ds-react";
import NextLink from "next/link";
import { usePathname } from "next/navigation";

import { signOutHere } from "@/components/auth/sign-out";
import type { Locale } from "@/lib/i18n";
import { ROUTES } from "@/lib/routes";

import { AreaNav, type AreaNavItem } from "./area-nav";

export interface AppHeaderLabels {
  appName: string;
  login: string;
  logout: string;
  menu: string;
  language: string;
  mainNav: string;
  languageNames: Record<Locale, string>;
}

interface AppHeaderProps {
  locale: Locale;
  user: { name: string; roles: string } | null;
  nav: AreaNavItem[];
  /** The signed-in user's notification centre: its unread count and the link's accessible name (which says it). */
  notifications: { unread: number; label: string } | null;
  labels: AppHeaderLabels;
  /** The server action that sets the language cookie (form field `locale`). */
  switchLocale: (form: FormData) => Promise<void>;
}

/**
 * The one banner of every page. Wide screens show the language switch and the user menu side by side; below 40rem
 * both collapse into one menu so the bar never overflows. The area navigation sits below and wraps.
 */
export function AppHeader({ locale, user, nav, notifications, labels, switchLocale }: AppHeaderProps) {
  const other: Locale = locale === "nb" ? "en" : "nb";
  const onLoginPage = usePathname() === ROUTES.login;
  const switchLanguage = () => {
    const form = new FormData();
    form.set("locale", other);
    void switchLocale(form);
  };

  return (
    <div className="app-header">
      <InternalHeader>
        <InternalHeader.Title as={NextLink} href={ROUTES.home}>
          {labels.appName}
        </InternalHeader.Title>
        <Spacer />
        <form action={switchLocale} className="header-actions show-wide">
          <input type="hidden" name="locale" value={other} />
          <InternalHeader.Button type="submit" lang={other} aria-label={`${labels.language}: ${labels.languageNames[other]}`}>
            {labels.languageNames[other]}
          </InternalHeader.Button>
        </form>
        {notifications && (
          // At every width: the count is the point of it, and a bell with a number fits beside the menu at 360 px.
          <InternalHeader.Button as={NextLink} href={ROUTES.notifications} aria-label={notifications.label} className="header-notifications">
            <BellIcon aria-hidden fontSize="1.5rem" />
            {notifications.unread > 0 && (
              <span className="header-unread" aria-hidden>
                {notifications.unread > 99 ? "99+" : notifications.unread}
              </span>
            )}
          </InternalHeader.Button>
        )}
        {user ? (
          <ActionMenu>
            <ActionMenu.Trigger>
              <InternalHeader.UserButton className="show-wide" name={user.name} description={user.roles} />
            </ActionMenu.Trigger>
            <ActionMenu.Content>
              <ActionMenu.Item onSelect={signOutHere} icon={<LeaveIcon aria-hidden />}>
                {labels.logout}
              </ActionMenu.Item>
            </ActionMenu.Content>
          </ActionMenu>
        ) : (
          !onLoginPage && (
            <InternalHeader.Button as={NextLink} href={ROUTES.login} className="show-wide">
              {labels.login}
            </InternalHeader.Button>
          )
        )}
        <ActionMenu>
          <ActionMenu.Trigger>
            <InternalHeader.Button className="show-narrow">
              <MenuHamburgerIcon aria-hidden fontSize="1.5rem" />
              {labels.menu}
            </InternalHeader.Button>
          </ActionMenu.Trigger>
          <ActionMenu.Content>
            {user && (
              <ActionMenu.Label>
                {user.name}
                <br />
                {user.roles}
              </ActionMenu.Label>
            )}
            <ActionMenu.Item onSelect={switchLanguage} lang={other} icon={<GlobeIcon aria-hidden />}>
              {labels.languageNames[other]}
            </ActionMenu.Item>
            {user ? (
              <ActionMenu.Item onSelect={signOutHere} icon={<LeaveIcon aria-hidden />}>
                {labels.logout}
              </ActionMenu.Item>
            ) : (
              !onLoginPage && (
                <ActionMenu.Item as={NextLink} href={ROUTES.login}>
                  {labels.login}
                </ActionMenu.Item>
              )
            )}
          </ActionMenu.Content>
        </ActionMenu>
      </InternalHeader>
      {nav.length > 0 && <AreaNav items={nav} label={labels.mainNav} />}
    </div>
  );
}
