import { Alert, BodyLong, BodyShort, Heading, VStack } from "@navikt/ds-react";
import { List, ListItem } from "@navikt/ds-react/List";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { FactList } from "@/components/admin/fact-list";
import { AppLink } from "@/components/common/app-link";
import { getClock } from "@/lib/clock";
import { getTranslator } from "@/lib/i18n/server";
import { formatNok } from "@/lib/money";
import { ROUTES } from "@/lib/routes";
import { getPublishedTender } from "@/lib/tenders/queries/published-tender";
import { formatOsloDateTime } from "@/lib/time";

import { NoticeDocumentsAndChanges } from "./_sections/documents-and-changes";

interface PageProps {
  params: Promise<{ id: string }>;
}

async function published(params: PageProps["params"]) {
  const tender = await read(getPublishedTender, { id: (await params).id });
  if (!tender) notFound();
  return tender;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return pageTitle((await published(params)).title);
}

/** A published notice, for anyone: what is bought, where, by which rules and criteria, and by when (Oslo time). */
export default async function NoticePage({ params }: PageProps) {
  const tender = await published(params);
  const { locale, t } = await getTranslator();
  const now = getClock().now();
  const daysLeft = tender.deadline ? Math.ceil((tender.deadline.getTime() - now.getTime()) / 86_400_000) : null;
  const fact = (term: string, value: string) => ({ term, value: <BodyShort>{value}</BodyShort> });
  const children = (id: string) => tender.criteria.filter((criterion) => criterion.parentId === id);
  const api = `/api/v1/tenders/${encodeURIComponent(tender.id)}`;

  return (
    <VStack gap="space-24">
      <AppLink href={ROUTES.home}>{t("notice.back")}</AppLink>
      <VStack gap="space-8">
        <BodyShort textColor="subtle">{tender.reference}</BodyShort>
        <Heading level="1" size="large">
          {tender.title}
        </Heading>
      </VStack>
      {tender.cancelledAt && <Alert variant="warning">{t("notice.cancelled", { reason: tender.cancelReason ?? "" })}</Alert>}
      <BodyLong>{tender.description}</BodyLong>
      <section aria-labelledby="notice-facts">
        <Heading id="notice-facts" level="2" size="medium" spacing>
          {t("notice.facts")}
        </Heading>
        <FactList
          items={[
            fact(t("notice.buyer"), `Arbeids- og velferdsetaten, ${tender.region.name}`),
            fact(t("notice.measure"), locale === "en" ? tender.measureType.nameEn : tender.measureType.nameNb),
            fact(t("notice.regime"), t(`regime.${tender.regime}`)),
            fact(t("notice.procedure"), t(`procedure.${tender.procedure}`)),
            fact(t("notice.estimatedValue"), formatNok(tender.estimatedValueOre, locale)),
            fact(t("notice.contractPeriod"), t(`tender.optionModels.${tender.optionModel}`)),
            fact(t("notice.questionDeadline"), tender.questionDeadline ? formatOsloDateTime(tender.questionDeadline, locale) : "–"),
            fact(t("notice.deadline"), tender.deadline ? `${formatOsloDateTime(tender.deadline, locale)} (${daysLeft !== null && daysLeft > 0 ? t("notice.timeLeft", { days: daysLeft }) : t("notice.closed")})` : "–"),
          ]}
        />
      </section>
      <section aria-labelledby="notice-lots">
        <Heading id="notice-lots" level="2" size="medium" spacing>
          {t("notice.lots")}
        </Heading>
        <List>
          {tender.lots.map((lot) => (
            <ListItem key={lot.number}>
              {`${lot.number}. ${lot.title} – ${t("notice.places", { places: lot.places })}${lot.continuousIntake ? `, ${t("notice.continuousIntake")}` : ""}`}
            </ListItem>
          ))}
        </List>
      </section>
      <section aria-labelledby="notice-criteria">
        <Heading id="notice-criteria" level="2" size="medium" spacing>
          {t("notice.criteria")}
        </Heading>
        <List>
          {tender.criteria
            .filter((criterion) => criterion.parentId === null)
            .map((criterion) => (
              <ListItem key={criterion.id}>
                {`${criterion.name}: ${criterion.weight.toString()} %`}
                {children(criterion.id).length > 0 && (
                  <List>
                    {children(criterion.id).map((child) => (
                      <ListItem key={child.id}>{`${child.name}: ${child.weight.toString()} %`}</ListItem>
                    ))}
                  </List>
                )}
              </ListItem>
            ))}
        </List>
      </section>
      <NoticeDocumentsAndChanges tenderId={tender.id} />
      <BodyShort>
        <a className="aksel-link" href={`${api}/notice.xml`}>
          {t("notice.eforms")}
        </a>
        {" · "}
        <a className="aksel-link" href={`${api}/notice.json`}>
          {t("notice.eformsJson")}
        </a>
      </BodyShort>
    </VStack>
  );
}
