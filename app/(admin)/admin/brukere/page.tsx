import { titled } from "@/app/_lib/metadata";
import { Heading, HStack, VStack } from "@navikt/ds-react";
import { AppButtonLink } from "@/components/common/app-link";

import { UsersTable, type UserTableRow } from "@/components/admin/users-table";
import { describeMembership } from "@/lib/admin";
import { requireArea } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/server";
import { formatOsloDateTime } from "@/lib/time";
import { listUsersForAdmin } from "@/lib/users";

export const dynamic = "force-dynamic";

export const generateMetadata = titled("admin.users");

export default async function AdminUsersPage() {
  await requireArea("admin");
  const { locale, t } = await getTranslator();
  const users = await listUsersForAdmin(db);
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
        <AppButtonLink href="/admin/brukere/ny">
          {t("admin.newUser")}
        </AppButtonLink>
      </HStack>
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
    </VStack>
  );
}
