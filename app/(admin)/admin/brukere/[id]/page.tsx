import { titled } from "@/app/_lib/metadata";
import { Alert, BodyShort, Heading, Tag, VStack } from "@navikt/ds-react";
import { AppLink } from "@/components/common/app-link";
import { notFound } from "next/navigation";

import { AddMembershipForm } from "@/components/admin/add-membership-form";
import { FactList } from "@/components/admin/fact-list";
import { MembershipList } from "@/components/admin/membership-list";
import { SetActiveForm } from "@/components/admin/set-active-form";
import { describeMembership } from "@/lib/admin";
import { requireArea } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/server";
import { formatOsloDateTime } from "@/lib/time";
import { getUserForAdmin } from "@/lib/users";

import { roleScopeLabels, roleScopeOptions } from "../../_lib/form-props";

export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = titled("admin.userDetails");

export default async function AdminUserPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const actor = await requireArea("admin");
  const { locale, t } = await getTranslator();
  const user = await getUserForAdmin(db, id);
  if (!user) notFound();
  const created = (await searchParams).created === "1";
  // Offer only what the policy allows (an admin may not change their own roles or status).
  const canChange = can(actor, "admin.users.update", { userId: user.id });
  const feedbackLabels = { eventId: t("admin.eventId") };

  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <AppLink href="/admin/brukere">
          {t("admin.back")}
        </AppLink>
        {created && (
          <Alert variant="success" role="status">
            {t("admin.userCreated")}
          </Alert>
        )}
        <Heading level="1" size="large">
          {user.name}
        </Heading>
        <FactList
          items={[
            { term: t("admin.email"), value: <BodyShort>{user.email}</BodyShort> },
            {
              term: t("admin.status"),
              value: user.active ? (
                <Tag size="small" variant="moderate" data-color="success">
                  {t("admin.active")}
                </Tag>
              ) : (
                <Tag size="small" variant="moderate" data-color="neutral">
                  {t("admin.inactive")}
                </Tag>
              ),
            },
            { term: t("admin.locale"), value: <BodyShort>{t(`nav.languageName.${user.locale === "en" ? "en" : "nb"}`)}</BodyShort> },
            { term: t("admin.lastLogin"), value: <BodyShort>{user.lastLoginAt ? formatOsloDateTime(user.lastLoginAt, locale) : t("admin.never")}</BodyShort> },
          ]}
        />
        {!canChange && (
          <Alert variant="info" size="small">
            {t("admin.selfNote")}
          </Alert>
        )}
      </VStack>

      <VStack as="section" gap="space-16" aria-labelledby="roles-heading">
        <Heading level="2" size="medium" id="roles-heading">
          {t("admin.roles")}
        </Heading>
        <MembershipList
          memberships={user.memberships.map((membership) => ({ id: membership.id, label: describeMembership(t, membership) }))}
          canRevoke={canChange}
          labels={{ ...feedbackLabels, revoke: t("admin.revokeRole"), noRoles: t("admin.noRoles") }}
        />
      </VStack>

      {canChange && (
        <VStack as="section" gap="space-16" aria-labelledby="add-role-heading">
          <Heading level="2" size="medium" id="add-role-heading">
            {t("admin.addRole")}
          </Heading>
          <AddMembershipForm
            userId={user.id}
            options={await roleScopeOptions(t)}
            labels={{ ...roleScopeLabels(t), submit: t("admin.addRole") }}
          />
        </VStack>
      )}

      {canChange && (
        <VStack as="section" gap="space-16" aria-labelledby="status-heading">
          <Heading level="2" size="medium" id="status-heading">
            {t("admin.status")}
          </Heading>
          <SetActiveForm
            userId={user.id}
            active={user.active}
            labels={{ ...feedbackLabels, deactivate: t("admin.deactivate"), reactivate: t("admin.reactivate") }}
          />
        </VStack>
      )}
    </VStack>
  );
}
