import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { BodyShort, Heading, HStack, VStack } from "@navikt/ds-react";
import { AppButtonLink, AppLink } from "@/components/common/app-link";

import { UserSearch } from "@/components/admin/user-search";
import { UsersTable, type UserTableRow } from "@/components/admin/users-table";
import { describeMembership } from "@/lib/admin";
import { requireArea } from "@/lib/auth/guard";
import { fieldErrorsOf } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { formatOsloDateTime } from "@/lib/time";
import { listUsersForAdmin, ZUserSearch } from "@/lib/users";
import { ROUTES } from "@/lib/routes";

export const dynamic = "force-dynamic";

export const generateMetadata = titled("admin.users");

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireArea("admin");
  const { locale, t } = await getTranslator();
  const raw = (await searchParams).q;
  const parsed = ZUserSearch.safeParse({ q: Array.isArray(raw) ? raw[0] : raw });
  // A search that does not parse (too long) is shown with its field message, and lists nobody.
  const q = parsed.success ? parsed.data.q : String(raw ?? "").slice(0, 100);
  const searchError = parsed.success ? undefined : fieldErrorsOf(parsed.error).q?.[0];
  const users = parsed.success ? await read(listUsersForAdmin, { q }) : [];
  const rows: UserTableRow[] = users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.memberships.map((membership) => describeMembership(t, membership)),
    active: user.active,
    lastLoginAt: user.lastLoginAt?.getTime() ?? null,
    lastLogin: user.lastLoginAt ? formatOsloDateTime(user.lastLoginAt, locale) : t("admin.never"),
  }));
  return (
    <VStack gap="space-24">
      <HStack gap="space-16" justify="space-between" align="center" wrap>
        <Heading level="1" size="large">
          {t("admin.users")}
        </Heading>
        <AppButtonLink href={ROUTES.adminNewUser}>
          {t("admin.newUser")}
        </AppButtonLink>
      </HStack>
      <UserSearch
        action={ROUTES.adminUsers}
        q={q}
        error={searchError && t(searchError)}
        labels={{ label: t("admin.search"), submit: t("admin.searchSubmit"), clear: t("admin.searchClear") }}
      />
      {q && !searchError && (
        <HStack gap="space-16" align="center" wrap>
          <BodyShort role="status">{t(rows.length > 0 ? "admin.searchResults" : "admin.searchNone", { count: rows.length, q })}</BodyShort>
          <AppLink href={ROUTES.adminUsers}>{t("admin.showAll")}</AppLink>
        </HStack>
      )}
      {(rows.length > 0 || !q) && (
        <UsersTable
          rows={rows}
          labels={{
            caption: t("admin.users"),
            name: t("admin.name"),
            email: t("admin.email"),
            roles: t("admin.roles"),
            status: t("admin.status"),
            lastLogin: t("admin.lastLogin"),
            active: t("admin.active"),
            inactive: t("admin.inactive"),
            noRoles: t("admin.noRoles"),
            empty: t("admin.empty"),
          }}
        />
      )}
    </VStack>
  );
}
