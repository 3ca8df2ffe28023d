import { Heading, HStack, VStack } from "@navikt/ds-react";

import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { can, type Actor } from "@/lib/auth/policy";
import { getEvaluationNav } from "@/lib/evaluation/queries/navigation";
import { getTranslator } from "@/lib/i18n/server";
import { officerConsensus, officerDeclaration, officerPanel, officerResult, officerScoring } from "@/lib/routes";

const PANEL_STATES = new Set(["ANNOUNCED", "OPENED", "QUALIFICATION", "EVALUATION"]);
const RESULT_STATES = new Set(["EVALUATION", "NEGOTIATION", "AWARD_PROPOSED", "AWARD_DECIDED", "STANDSTILL", "CONTRACT_SIGNED", "AWARD_NOTICE_PUBLISHED", "ACTIVE", "EXPIRED", "TERMINATED"]);

/** The evaluation's pages this reader may open on this competition (panel, declaration, scoring, consensus, result). */
export async function EvaluationLinks({ tenderId, actor }: { tenderId: string; actor: Actor }) {
  const { t } = await getTranslator();
  const scope = await read(getEvaluationNav, { tenderId });
  const links = [
    PANEL_STATES.has(scope.status) && can(actor, "evaluation.appoint_panel", scope) && { href: officerPanel(tenderId), label: t("evaluation.nav.panel") },
    can(actor, "evaluation.declare", scope) && scope.panelSeat?.declaredAt == null && { href: officerDeclaration(tenderId), label: t("evaluation.nav.declaration") },
    scope.status === "EVALUATION" && can(actor, "evaluation.score", scope) && { href: officerScoring(tenderId), label: t("evaluation.nav.scoring") },
    scope.status === "EVALUATION" && can(actor, "evaluation.consensus", scope) && { href: officerConsensus(tenderId), label: t("evaluation.nav.consensus") },
    RESULT_STATES.has(scope.status) && can(actor, "evaluation.read_result", scope) && { href: officerResult(tenderId), label: t("evaluation.nav.result") },
  ].filter((link): link is { href: string; label: string } => link !== false);
  if (links.length === 0) return null;
  return (
    <VStack gap="space-8" as="nav" aria-labelledby="evaluation-nav">
      <Heading id="evaluation-nav" level="2" size="small">
        {t("evaluation.nav.title")}
      </Heading>
      <HStack gap="space-16" wrap>
        {links.map((link) => (
          <AppLink key={link.href} href={link.href}>
            {link.label}
          </AppLink>
        ))}
      </HStack>
    </VStack>
  );
}
