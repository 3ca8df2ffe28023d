import "server-only";

import type { AppShellProps } from "@/components/layout/app-shell";
import { AREAS } from "@/lib/auth/areas";
import { canEnterArea } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/server";
import { inboxSummary } from "@/lib/notifications/centre";
import { runQuery } from "@/lib/query";

/** What the shell shows this visitor: who they are, the areas they may enter, every label translated. */
export async function shellProps(): Promise<Omit<AppShellProps, "children" | "switchLocale">> {
  const { locale, t } = await getTranslator();
  const current = await getCurrentUser();
  const nav = current
    ? AREAS.filter((area) => canEnterArea(current.actor, area.id)).map((area) => ({ href: area.paths[0], label: t(area.labelKey), paths: area.paths }))
    : [];
  // Every signed-in user has a centre (notification.read_own is granted to every role); a refusal shows no bell.
  const summary = current ? await runQuery(inboxSummary, { actor: current.actor, rawInput: undefined, db }) : null;
  const notifications = summary?.ok
    ? { unread: summary.data.unread, label: summary.data.unread > 0 ? t("notifications.headerUnread", { count: summary.data.unread }) : t("notifications.headerLabel") }
    : null;
  const roles = current ? [...new Set(current.actor.memberships.map((m) => t(`roles.${m.role}`)))] : [];
  return {
    locale,
    user: current ? { name: current.name, roles: roles.join(", ") } : null,
    nav,
    notifications,
    skipToContent: t("app.skipToContent"),
    labels: {
      appName: t("app.name"),
      login: t("nav.login"),
      logout: t("nav.logout"),
      menu: t("nav.menu"),
      language: t("nav.language"),
      mainNav: t("nav.main"),
      languageNames: { nb: t("nav.languageName.nb"), en: t("nav.languageName.en") },
    },
  };
}
