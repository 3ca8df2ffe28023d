import { Alert, BodyLong, Heading, Tag, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { CreateApiTokenForm } from "@/components/api-tokens/create-api-token-form";
import { RevokeApiTokenForm } from "@/components/api-tokens/revoke-api-token-form";
import { AppLink } from "@/components/common/app-link";
import { ActionOutcomeProvider, ArrivalMessage } from "@/components/forms/action-outcome";
import { SimpleTable } from "@/components/common/simple-table";
import { listApiTokens } from "@/lib/api-tokens";
import { requireArea } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";
import { listOwnSuppliers } from "@/lib/suppliers/queries/list-own-suppliers";
import { formatOsloDateTime } from "@/lib/time";

import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export const generateMetadata = titled("api.tokens.title");

/** The organisation administrator's API tokens: create (shown once), list with last use, revoke. */
export default async function ApiTokensPage({ searchParams }: { searchParams?: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireArea("supplier");
  const { locale, t } = await getTranslator();
  const administered = new Set(actor.memberships.flatMap((m) => (m.supplierAdmin && m.supplierId ? [m.supplierId] : [])));
  const heading = (
    <div>
      <Heading level="1" size="large" spacing>
        {t("api.tokens.title")}
      </Heading>
      <BodyLong spacing>{t("api.tokens.intro")}</BodyLong>
      <AppLink href={ROUTES.apiDocs}>{t("api.tokens.docsLink")}</AppLink>
    </div>
  );
  if (administered.size === 0) {
    return (
      <VStack gap="space-24">
        {heading}
        <Alert variant="info">{t("api.tokens.notAdmin")}</Alert>
      </VStack>
    );
  }
  const [suppliers, tokens] = await Promise.all([read(listOwnSuppliers), read(listApiTokens)]);
  const at = (instant: Date | null) => (instant ? formatOsloDateTime(instant, locale) : t("api.tokens.never"));
  const feedback = { eventId: t("admin.eventId") };
  const justRevoked = (await searchParams)?.done === "revoked";
  const columns = ["name", "hint", "createdBy", "createdAt", "lastUsedAt", "status", "actions"].map((key) => t(`api.tokens.columns.${key}`));
  return (
    <ActionOutcomeProvider arrival={justRevoked}>
      <VStack gap="space-24">
        {heading}
        <ArrivalMessage message={t("api.tokens.revoked")} show={justRevoked} param="done" />
        <section aria-labelledby="create-token">
          <Heading level="2" size="medium" spacing id="create-token">
            {t("api.tokens.createHeading")}
          </Heading>
          <CreateApiTokenForm
            action={createApiTokenAction}
            suppliers={suppliers.filter((supplier) => administered.has(supplier.id))}
            labels={{
              ...feedback,
              name: t("api.tokens.name"),
              nameDescription: t("api.tokens.nameDescription"),
              supplier: t("api.tokens.supplier"),
              create: t("api.tokens.create"),
              shownOnce: t("api.tokens.shownOnce"),
              tokenLabel: t("api.tokens.tokenLabel"),
            }}
          />
        </section>
        <section aria-labelledby="token-list">
          <Heading level="2" size="medium" spacing id="token-list">
            {t("api.tokens.listHeading")}
          </Heading>
          <SimpleTable
            caption={t("api.tokens.listHeading")}
            columns={columns}
            emptyText={t("api.tokens.none")}
            rows={tokens.map((token) => ({
              key: token.id,
              cells: [
                token.name,
                <code key="hint">{token.hint}…</code>,
                token.createdBy.name,
                at(token.createdAt),
                at(token.lastUsedAt),
                token.revokedAt ? (
                  <Tag key="status" variant="neutral" size="small">
                    {t("api.tokens.revokedAt", { at: at(token.revokedAt) })}
                  </Tag>
                ) : (
                  <Tag key="status" variant="success" size="small">
                    {t("api.tokens.active")}
                  </Tag>
                ),
                token.revokedAt ? (
                  "–"
                ) : (
                  <RevokeApiTokenForm
                    key="revoke"
                    action={revokeApiTokenAction}
                    tokenId={token.id}
                    labels={{
                      ...feedback,
                      revoke: t("api.tokens.revoke"),
                      revokeNamed: t("api.tokens.revokeNamed", { name: token.name }),
                      confirmHeading: t("api.tokens.confirmHeading", { name: token.name }),
                      confirmBody: t("api.tokens.confirmBody"),
                      cancel: t("api.tokens.cancel"),
                    }}
                  />
                ),
              ],
            }))}
          />
        </section>
      </VStack>
    </ActionOutcomeProvider>
  );
}
