import { Alert, Checkbox, Heading, Textarea, VStack } from "@navikt/ds-react";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@navikt/ds-react/Table";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { TableScroll } from "@/components/common/table-scroll";
import { EvaluationForm } from "@/components/evaluation/evaluation-form";
import { EvaluationHeader } from "@/components/evaluation/evaluation-header";
import { requireArea } from "@/lib/auth/guard";
import { getDeclaration } from "@/lib/evaluation/queries/panel";
import { getTranslator } from "@/lib/i18n/server";
import { officerScoring, officerTender } from "@/lib/routes";
import { formatOsloDateTime } from "@/lib/time";

import { declarePanelAction } from "../../evaluation-actions";

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { t } = await getTranslator();
  const declaration = await read(getDeclaration, { tenderId: (await params).id });
  return pageTitle(t("evaluation.declaration.title", { reference: declaration.reference }));
}

/** A panel member's conflict-of-interest declaration over the bidders (names and orgnr), before any bid content. */
export default async function DeclarationPage({ params }: PageProps) {
  await requireArea("officer");
  const { locale, t } = await getTranslator();
  const declaration = await read(getDeclaration, { tenderId: (await params).id });
  const member = declaration.member;
  const signed = member?.impartialityAt ?? null;
  return (
    <VStack gap="space-24">
      <EvaluationHeader
        backHref={officerTender(declaration.id)}
        backLabel={t("evaluation.backToTender")}
        context={`${declaration.reference} · ${declaration.title}`}
        title={t("evaluation.declaration.title", { reference: declaration.reference })}
        intro={t("evaluation.declaration.intro")}
      />
      {declaration.openedAt === null && <Alert variant="info">{t("evaluation.declaration.notOpened")}</Alert>}
      {declaration.bidders.length > 0 && (
        <VStack gap="space-12" as="section" aria-labelledby="bidders">
          <Heading id="bidders" level="2" size="medium">
            {t("evaluation.declaration.bidders")}
          </Heading>
          <TableScroll label={t("evaluation.declaration.bidders")}>
            <Table size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("evaluation.declaration.supplier")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("evaluation.declaration.orgnr")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {declaration.bidders.map((b) => (
                  <TableRow key={b.supplierId}>
                    <TableDataCell>{b.name}</TableDataCell>
                    <TableDataCell>{b.orgnr}</TableDataCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        </VStack>
      )}
      {signed ? (
        <VStack gap="space-8">
          <Alert variant="success">{t("evaluation.declaration.declaredAt", { at: formatOsloDateTime(signed, locale) })}</Alert>
          <AppLink href={officerScoring(declaration.id)}>{t("evaluation.declaration.toScoring")}</AppLink>
        </VStack>
      ) : (
        declaration.openedAt !== null && (
          <EvaluationForm
            action={declarePanelAction}
            hidden={{ tenderId: declaration.id }}
            fieldIds={{ details: "declaration-details" }}
            buttons={[{ label: t("evaluation.declaration.sign") }]}
            labels={{ eventId: t("admin.eventId") }}
          >
            <Checkbox name="conflict" value="on">
              {t("evaluation.declaration.conflict")}
            </Checkbox>
            <Textarea id="declaration-details" name="details" label={t("evaluation.declaration.details")} minRows={2} />
          </EvaluationForm>
        )
      )}
    </VStack>
  );
}
