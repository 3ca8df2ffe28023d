import { read } from "@/app/_lib/read";
import { AmendmentForm } from "@/components/tenders/amendment-form";
import { StepPanel } from "@/components/tenders/step-panel";
import { can, type Actor } from "@/lib/auth/policy";
import { getClock } from "@/lib/clock";
import { listTenderDocuments } from "@/lib/documents/queries/tender-documents";
import { getTranslator } from "@/lib/i18n/server";
import { amendmentPeriodDays, earliestAmendedDeadline, proposedAmendedDeadline, type Procedure, type Regime } from "@/lib/rules";
import { leafCriteria, type StoredCriterion } from "@/lib/tenders/amendment-changes";
import { isAmendable } from "@/lib/tenders/preconditions";
import { getAmendmentContext } from "@/lib/tenders/queries/amendment-context";
import { formatOsloDateTime, formatOsloInput } from "@/lib/time";

import { amendTenderAction } from "../../amendment-actions";

interface AmendmentPanelProps {
  actor: Actor;
  tender: {
    id: string; regionId: string; status: string; version: number; regime: Regime; procedure: Procedure;
    announcedAt: Date | null; deadline: Date | null; criteria: StoredCriterion[];
  };
}

/** The amendment form on an announced competition before its deadline, with the deadline lib/rules proposes. */
export async function AmendmentPanel({ actor, tender }: AmendmentPanelProps) {
  const now = getClock().now();
  if (!isAmendable(tender, now) || !can(actor, "tender.amend", tender)) return null;
  const { locale, t } = await getTranslator();
  const [{ documents }, context] = await Promise.all([read(listTenderDocuments, { id: tender.id }), read(getAmendmentContext, { id: tender.id })]);
  const rules = { now, announcedAt: tender.announcedAt, currentDeadline: tender.deadline, regime: tender.regime, procedure: tender.procedure };
  const earliest = earliestAmendedDeadline({ ...rules, material: true });
  const proposed = proposedAmendedDeadline(rules);
  const pending = documents.flatMap((document) => document.versions.filter((version) => version.pending).map((version) => `${document.title}: ${t("documents.version", { number: version.number })} (${version.filename})`));
  const label = (key: string) => t(`amendments.${key}`);
  return (
    <StepPanel id="amendment-heading" title={label("title")} intro={label("intro")}>
      <AmendmentForm
        action={amendTenderAction}
        tender={{ id: tender.id, version: tender.version }}
        proposedDeadline={formatOsloInput(proposed)}
        rule={t("amendments.materialRule", { earliest: formatOsloDateTime(earliest, locale), days: amendmentPeriodDays(tender.regime, tender.procedure), proposed: formatOsloDateTime(proposed, locale) })}
        pendingDocuments={pending}
        criteria={leafCriteria(tender.criteria).map((criterion) => ({ id: criterion.id, name: criterion.name, description: criterion.description, weight: criterion.weight.toString() }))}
        criteriaLocked={context.submittedBids > 0}
        labels={{
          reason: label("reason"), deadline: label("deadline"), deadlineHint: t("amendments.deadlineHint", { current: formatOsloDateTime(tender.deadline, locale) }),
          questionDeadline: label("questionDeadline"), pendingDocuments: label("pendingDocuments"), noPendingDocuments: label("noPendingDocuments"),
          changeCriteria: label("changeCriteria"), criteriaLocked: label("criteriaLocked"), criterionName: label("criterionName"),
          criterionDescription: label("criterionDescription"), criterionWeight: label("criterionWeight"), submit: label("submit"), eventId: t("admin.eventId"),
        }}
      />
    </StepPanel>
  );
}
