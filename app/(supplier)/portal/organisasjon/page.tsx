import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { OrganisationView } from "@/components/suppliers/organisation-view";
import { requireArea } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n/server";
import { getOrganisationMembers, getOwnOrganisation } from "@/lib/suppliers";
import { listOwnSuppliers } from "@/lib/suppliers/queries/list-own-suppliers";

import { inviteMemberAction, removeMemberAction, revokeInvitationAction } from "./actions";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("suppliers.organisation.title");

/** The organisations the user acts for: details, verified eligibility and documentation; colleagues for administrators. */
export default async function OrganisationPage() {
  const actor = await requireArea("supplier");
  const { locale, t } = await getTranslator();
  const suppliers = await read(listOwnSuppliers);
  const organisations = await Promise.all(
    suppliers.map(async ({ id }) => {
      const organisation = await read(getOwnOrganisation, { supplierId: id });
      return { organisation, members: organisation.canAdminister ? await read(getOrganisationMembers, { supplierId: id }) : null };
    }),
  );
  return (
    <VStack gap="space-32">
      <Heading level="1" size="large">
        {t("suppliers.organisation.title")}
      </Heading>
      {organisations.length === 0 && <BodyLong>{t("suppliers.organisation.none")}</BodyLong>}
      {organisations.map(({ organisation, members }) => (
        <OrganisationView
          key={organisation.supplierId}
          organisation={organisation}
          members={members}
          selfUserId={actor.userId}
          actions={{ invite: inviteMemberAction, revoke: revokeInvitationAction, remove: removeMemberAction }}
          locale={locale}
          t={t}
        />
      ))}
    </VStack>
  );
}
