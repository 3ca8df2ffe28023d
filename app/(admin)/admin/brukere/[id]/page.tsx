import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { Alert, BodyLong, BodyShort, Heading, Tag, VStack } from "@navikt/ds-react";
import { AppLink } from "@/components/common/app-link";

import { ActionOutcomeProvider, ArrivalMessage } from "@/components/forms/action-outcome";
import { AddMembershipForm } from "@/components/admin/add-membership-form";
import { EditUserForm } from "@/components/admin/edit-user-form";
import { FactList } from "@/components/admin/fact-list";
import { MembershipList } from "@/components/admin/membership-list";
import { PasswordResetForm } from "@/components/admin/password-reset-form";
import { SetActiveForm } from "@/components/admin/set-active-form";
import { describeMembership } from "@/lib/admin";
import { requireArea } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { PASSWORD_RESET_TTL_MS } from "@/lib/auth/reset-token";
import { getTranslator } from "@/lib/i18n/server";
import { formatOsloDateTime } from "@/lib/time";
import { ROUTES } from "@/lib/routes";

import { addMembershipAction, requestPasswordResetAction, revokeMembershipAction, setUserActiveAction, updateUserAction } from "../../actions";
import { getUserForAdmin } from "@/lib/users";

import { roleScopeLabels, roleScopeOptions } from "../../_lib/form-props";

export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The user's name in the tab; a missing id is the 404 page already here, so the tab does not name a user page. */
export async function generateMetadata({ params }: Pick<PageProps, "params">): Promise<Metadata> {
  const user = await read(getUserForAdmin, { id: (await params).id });
  return pageTitle(user.name);
}

export default async function AdminUserPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const actor = await requireArea("admin");
  const { locale, t } = await getTranslator();
  const user = await read(getUserForAdmin, { id });
  const created = (await searchParams).created === "1";
  // Offer only what the policy allows (an admin may not change their own roles, status or password).
  const canChange = can(actor, "admin.users.update", { userId: user.id });
  const canReset = can(actor, "admin.users.reset_password", { userId: user.id });
  const feedbackLabels = { eventId: t("admin.eventId") };
  const locales = [
    { value: "nb", label: t("nav.languageName.nb") },
    { value: "en", label: t("nav.languageName.en") },
  ];

  // Every form on this page reports to one provider: only the last action's outcome is shown.
  return (
    <ActionOutcomeProvider arrival={created}>
    <VStack gap="space-32">
      <VStack gap="space-16">
        <AppLink href={ROUTES.adminUsers}>
          {t("admin.back")}
        </AppLink>
        <ArrivalMessage message={t("admin.userCreated")} show={created} param="created" />
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
          action={revokeMembershipAction}
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
            action={addMembershipAction}
            userId={user.id}
            options={await roleScopeOptions(t)}
            labels={{ ...roleScopeLabels(t), submit: t("admin.addRole") }}
          />
        </VStack>
      )}

      {canChange && (
        <VStack as="section" gap="space-16" aria-labelledby="edit-heading">
          <Heading level="2" size="medium" id="edit-heading">
            {t("admin.editUser")}
          </Heading>
          <EditUserForm
            action={updateUserAction}
            user={user}
            locales={locales}
            labels={{ ...feedbackLabels, name: t("admin.name"), email: t("admin.email"), locale: t("admin.locale"), submit: t("admin.save") }}
          />
        </VStack>
      )}

      {canReset && (
        <VStack as="section" gap="space-16" aria-labelledby="password-heading">
          <Heading level="2" size="medium" id="password-heading">
            {t("admin.passwordReset")}
          </Heading>
          {user.active ? (
            <PasswordResetForm
              action={requestPasswordResetAction}
              userId={user.id}
              labels={{
                ...feedbackLabels,
                intro: t("admin.passwordResetIntro", { minutes: PASSWORD_RESET_TTL_MS / 60_000 }),
                submit: t("admin.sendReset"),
              }}
            />
          ) : (
            <BodyLong>{t("errors.resetInactiveUser")}</BodyLong>
          )}
        </VStack>
      )}

      {canChange && (
        <VStack as="section" gap="space-16" aria-labelledby="status-heading">
          <Heading level="2" size="medium" id="status-heading">
            {t("admin.status")}
          </Heading>
          <SetActiveForm
            action={setUserActiveAction}
            userId={user.id}
            active={user.active}
            labels={{
              ...feedbackLabels,
              deactivate: t("admin.deactivate"),
              reactivate: t("admin.reactivate"),
              confirmHeading: t("admin.deactivateHeading", { name: user.name }),
              confirmBody: t("admin.deactivateBody", { name: user.name }),
              confirm: t("admin.deactivateConfirm"),
              cancel: t("admin.cancel"),
            }}
          />
        </VStack>
      )}
    </VStack>
    </ActionOutcomeProvider>
  );
}
