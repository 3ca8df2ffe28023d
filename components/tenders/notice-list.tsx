import { BodyShort, Button, HStack, Heading, Select, TextField, VStack } from "@navikt/ds-react";
import Form from "next/form";

import { AppLink } from "@/components/common/app-link";
import { Countdown } from "@/components/common/countdown";
import { countdownLabels } from "@/components/common/countdown-labels";
import { SimpleTable } from "@/components/common/simple-table";
import type { FieldErrors } from "@/lib/errors/app-error";
import type { Locale, Translate } from "@/lib/i18n";
import { ROUTES, publicNotice } from "@/lib/routes";
import type { listPublishedTenders } from "@/lib/tenders/queries/published-tender";
import { formatOsloDateTime } from "@/lib/time";

type Listing = Awaited<ReturnType<typeof listPublishedTenders.load>>;
type Filters = Partial<Record<"region" | "measureType" | "reserved" | "deadlineBy", string>>;

export interface NoticeListProps {
  filters: Filters;
  /** The page of results, or the filter fields the schema refused. */
  result: { ok: true; data: Listing } | { ok: false; fieldErrors: FieldErrors };
  regions: { code: string; name: string }[];
  measureTypes: { code: string; nameNb: string; nameEn: string; acquisition: string }[];
  now: Date;
  locale: Locale;
  t: Translate;
  /** Where the form and the paging links go (the public list, or the supplier portal's home). */
  basePath?: string;
  /** A competition's link (the public notice, or the portal's competition page). */
  hrefFor?: (id: string) => string;
  /** The results heading's level: 2 on the list's own page, 3 inside a portal section. */
  headingLevel?: "2" | "3";
}

/**
 * The notice list: a GET filter form (shareable URL, the back button steps through it, works without script), the
 * results, and paging links. One filter for the public list and the supplier portal's open competitions.
 */
export function NoticeList({ filters, result, regions, measureTypes, now, locale, t, basePath = ROUTES.notices, hrefFor = publicNotice, headingLevel = "2" }: NoticeListProps) {
  const fieldError = (name: string) => (result.ok ? undefined : result.fieldErrors[name]?.map((key) => t(key)).join(" "));
  return (
    <VStack gap="space-24">
      {/*
        next/form: a GET form that navigates client-side (a plain GET without script), so the back button is a router
        step and the form below re-renders from the URL — a browser-restored page would show the values last picked.
        Keyed by the filters: a client-side navigation (reset, back) must show the URL's values, not the last typed ones.
      */}
      <Form key={JSON.stringify(filters)} action={basePath} role="search" aria-label={t("listing.filters")}>
        <HStack gap="space-16" align="end" wrap>
          <Select label={t("listing.region")} name="region" defaultValue={filters.region ?? ""} size="small">
            <option value="">{t("listing.any")}</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </Select>
          <Select label={t("listing.measureType")} name="measureType" defaultValue={filters.measureType ?? ""} size="small">
            <option value="">{t("listing.any")}</option>
            {measureTypes
              .filter((measure) => measure.acquisition === "PROCURED")
              .map((measure) => (
                <option key={measure.code} value={measure.code}>
                  {locale === "en" ? measure.nameEn : measure.nameNb}
                </option>
              ))}
          </Select>
          <Select label={t("listing.reserved")} name="reserved" defaultValue={filters.reserved ?? ""} size="small" error={fieldError("reserved")}>
            <option value="">{t("listing.reservedAny")}</option>
            <option value="true">{t("listing.reservedOnly")}</option>
            <option value="false">{t("listing.reservedNone")}</option>
          </Select>
          <TextField
            label={t("listing.deadlineBy")}
            description={t("listing.deadlineByHelp")}
            name="deadlineBy"
            defaultValue={filters.deadlineBy ?? ""}
            size="small"
            htmlSize={12}
            error={fieldError("deadlineBy")}
          />
          <Button type="submit" size="small">
            {t("listing.apply")}
          </Button>
          <AppLink href={basePath}>{t("listing.reset")}</AppLink>
        </HStack>
      </Form>
      {result.ok && <Results listing={result.data} filters={filters} now={now} locale={locale} t={t} basePath={basePath} hrefFor={hrefFor} headingLevel={headingLevel} />}
    </VStack>
  );
}

type ResultsProps = Required<Pick<NoticeListProps, "filters" | "now" | "locale" | "t" | "basePath" | "hrefFor" | "headingLevel">> & { listing: Listing };

function Results({ listing, filters, now, locale, t, basePath, hrefFor, headingLevel }: ResultsProps) {
  const labels = countdownLabels(t);
  const pageHref = (page: number) => `${basePath}?${new URLSearchParams({ ...definedOnly(filters), page: String(page) }).toString()}`;
  return (
    <section aria-labelledby="notice-results">
      <Heading id="notice-results" level={headingLevel} size="small" spacing>
        {listing.total === 1 ? t("listing.resultsOne") : t("listing.results", { count: listing.total })}
      </Heading>
      <SimpleTable
        caption={t("listing.title")}
        columns={[t("officer.title_col"), t("home.reference"), t("home.measure"), t("home.region"), t("listing.reservedColumn"), t("home.deadline"), t("listing.timeLeft")]}
        emptyText={t("listing.none")}
        rows={listing.items.map((tender) => ({
          key: tender.id,
          cells: [
            <AppLink key="title" href={hrefFor(tender.id)}>
              {tender.title}
            </AppLink>,
            tender.reference,
            locale === "en" ? tender.measureType.nameEn : tender.measureType.nameNb,
            tender.region.name,
            tender.reservation === "NONE" ? "–" : t(`listing.reservation.${tender.reservation}`),
            tender.deadline ? <time dateTime={tender.deadline.toISOString()}>{formatOsloDateTime(tender.deadline, locale)}</time> : "–",
            tender.deadline ? <Countdown key="left" deadline={tender.deadline.toISOString()} serverNow={now.toISOString()} labels={labels} /> : "–",
          ],
        }))}
      />
      {listing.pages > 1 && (
        <nav aria-label={t("listing.pagination")}>
          <HStack gap="space-16" align="center">
            {listing.page > 1 && <AppLink href={pageHref(listing.page - 1)}>{t("listing.previous")}</AppLink>}
            <BodyShort>{t("listing.page", { page: listing.page, pages: listing.pages })}</BodyShort>
            {listing.page < listing.pages && <AppLink href={pageHref(listing.page + 1)}>{t("listing.next")}</AppLink>}
          </HStack>
        </nav>
      )}
    </section>
  );
}

const definedOnly = (filters: Filters) => Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
