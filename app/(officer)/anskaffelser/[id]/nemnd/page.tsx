import { BodyShort, Checkbox, Fieldset, Heading, Radio, RadioGroup, VStack } from "@navikt/ds-react";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@navikt/ds-react/Table";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { TableScroll } from "@/components/common/table-scroll";
import { EvaluationForm } from "@/components/evaluation/evaluation-form";
import { EvaluationHeader } from "@/components/evaluation/evaluation-header";
import { requireArea } from "@/lib/auth/guard";
import { getPanel } from "@/lib/evaluation/queries/panel";
import { getTranslator } from "@/lib/i18n/server";
import { officerTender } from "@/lib/routes";
import { formatOsloDateTime } from "@/lib/time";

import { appointPanelAction } from "../../evaluation-actions";

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { t } = await getTranslator();
  const panel = await read(getPanel, { tenderId: (await params).id });
  return pageTitle(t("evaluation.panel.title", { reference: panel.reference }));
}

/** The officer appoints the evaluation panel (EVALUATOR users of the region, one chair) and follows each seat. */
export default async function PanelPage({ params }: PageProps) {
  await requireArea("officer");
  const { locale, t } = await getTranslator();
  const panel = await read(getPanel, { tenderId: (await params).id });
  const chair = panel.members.find((m) => m.isChair)?.userId ?? "";
  const seated = new Set(panel.members.map((m) => m.userId));
  const status = (m: (typeof panel.members)[number]) => {
    if (m.conflictDeclaredAt) return t("evaluation.panel.statusConflict", { details: m.conflictDetails ?? "" });
    if (m.scoresSubmittedAt) return t("evaluation.panel.statusSubmitted");
    if (m.impartialityAt) return t("evaluation.panel.statusDeclared");
    return t("evaluation.panel.statusAppointed");
  };
  return (
    <VStack gap="space-24">
      <EvaluationHeader
        backHref={officerTender(panel.id)}
        backLabel={t("evaluation.backToTender")}
        context={`${panel.reference} · ${panel.title}`}
        title={t("evaluation.panel.title", { reference: panel.reference })}
        intro={t("evaluation.panel.intro")}
      />
      <VStack gap="space-12" as="section" aria-labelledby="panel-members">
        <Heading id="panel-members" level="2" size="medium">
          {t("evaluation.panel.members")}
        </Heading>
        {panel.members.length === 0 ? (
          <BodyShort>{t("evaluation.panel.noMembers")}</BodyShort>
        ) : (
          <TableScroll label={t("evaluation.panel.members")}>
            <Table size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("evaluation.panel.name")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("evaluation.panel.role")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("evaluation.panel.status")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {panel.members.map((m) => (
                  <TableRow key={m.userId} data-member={m.user.email}>
                    <TableDataCell>{m.user.name}</TableDataCell>
                    <TableDataCell>{m.isChair ? t("evaluation.panel.chair") : t("evaluation.panel.member")}</TableDataCell>
                    <TableDataCell>
                      {status(m)}
                      {m.impartialityAt && ` (${formatOsloDateTime(m.impartialityAt, locale)})`}
                    </TableDataCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
      </VStack>
      <VStack gap="space-12" as="section" aria-labelledby="panel-appoint">
        <Heading id="panel-appoint" level="2" size="medium">
          {t("evaluation.panel.appoint")}
        </Heading>
        {panel.evaluators.length === 0 ? (
          <BodyShort>{t("evaluation.panel.noEvaluators")}</BodyShort>
        ) : (
          <EvaluationForm
            action={appointPanelAction}
            hidden={{ tenderId: panel.id }}
            fieldIds={{ memberIds: "panel-member-0", chairId: "panel-chair-0" }}
            buttons={[{ label: t("evaluation.panel.appoint") }]}
            labels={{ eventId: t("admin.eventId") }}
          >
            <Fieldset legend={t("evaluation.panel.chooseMembers")}>
              {panel.evaluators.map((e, i) => (
                <Checkbox key={e.id} id={`panel-member-${i}`} name={`memberIds.${i}`} value={e.id} defaultChecked={seated.has(e.id)}>
                  {e.name} ({e.email})
                </Checkbox>
              ))}
            </Fieldset>
            <RadioGroup legend={t("evaluation.panel.chooseChair")} name="chairId" defaultValue={chair}>
              {panel.evaluators.map((e, i) => (
                <Radio key={e.id} id={`panel-chair-${i}`} value={e.id}>
                  {e.name}
                </Radio>
              ))}
            </RadioGroup>
          </EvaluationForm>
        )}
      </VStack>
    </VStack>
  );
}
