import type { ReactNode } from "react";

import { AppHeader } from "@/components/layout/app-header";
import { AREAS } from "@/lib/auth/areas";
import { canEnterArea } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

/** Skip-link, header with the navigation this user may use, and the main landmark. */
export async function AppShell({ children }: { children: ReactNode }) {
  const { locale, t } = await getTranslator();
  const current = await getCurrentUser();
  const nav = current
    ? AREAS.filter((area) => canEnterArea(current.actor, area.id)).map((area) => ({
        href: area.paths[0],
        label: t(area.labelKey),
        paths: area.paths,
      }))
    : [];
  const roles = current ? [...new Set(current.actor.memberships.map((m) => t(`roles.${m.role}`)))] : [];

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t("app.skipToContent")}
      </a>
      <AppHeader
        locale={locale}
        user={current ? { name: current.name, roles: roles.join(", ") } : null}
        nav={nav}
        labels={{
          appName: t("app.name"),
          login: t("nav.login"),
          logout: t("nav.logout"),
          menu: t("nav.menu"),
          language: t("nav.language"),
          mainNav: t("nav.main"),
          languageNames: { nb: t("nav.languageName.nb"), en: t("nav.languageName.en") },
        }}
      />
      <main id="main-content" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
