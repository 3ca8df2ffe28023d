import "server-only";

import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { read, readFiltered } from "@/app/_lib/read";
import { HistoryExportForm } from "@/components/history/history-export-form";
import { HistoryFilterForm } from "@/components/history/history-filter-form";
import { HistoryTable, type HistoryTableRow } from "@/components/history/history-table";
import { getActor } from "@/lib/auth/session";
import { HISTORY_COLUMNS, HISTORY_PAGE_SIZES, HISTORY_SORTS, historyParams, type HistoryColumn, type HistorySort } from "@/lib/history/filter";
import { listHistory, listHistoryTotals } from "@/lib/history/queries/list-history";
import { listHistoryRegions } from "@/lib/history/queries/list-history-regions";
import type { HistoryRow } from "@/lib/history/rows";
import { getTranslator } from "@/lib/i18n/server";
import { formatNok } from "@/lib/money";
import { historyTender, officerTender, ROUTES } from "@/lib/routes";
import { listMeasureTypes } from "@/lib/tenders/queries/draft-options";
import { formatOsloDate } from "@/lib/time";
import type { Locale, Translate } from "@/lib/i18n";
import { regionScope } from "@/lib/auth/policy";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function cellsOf(row: HistoryRow, locale: Locale, t: Translate): Record<HistoryColumn, string> {
  const none = t("history.none");
  return {
    reference: row.reference,
    title: `${row.title} – ${row.lotTitle}`,
    region: row.regionName,
    measureType: locale === "en" ? row.measureTypeEn : row.measureTypeNb,
    procedure: t(`procedure.${row.procedure}`),
    reservation: t(`history.reservation.${row.reservation}`),
    status: t(`tenderStatus.${row.status}`),
    supplier: row.supplierName ?? none,
    supplierKind: row.supplierKind ? t(`supplierKind.${row.supplierKind}`) : none,
    bids: String(row.bids),
    announcedAt: formatOsloDate(row.announcedAt, locale),
    decidedAt: row.decidedAt ? formatOsloDate(row.decidedAt, locale) : none,
    value: row.valueOre === null ? none : formatNok(row.valueOre, locale),
  };
}

/**
 * The award history page, for the manager (/historikk, detail with the audit timeline) and the officer
 * (/anskaffelser/historikk, read-only, detail in the case handling). The URL is the state: filter, sort, page, columns.
 */
export async function HistoryPage({ searchParams, view }: { searchParams: SearchParams; view: "manager" | "officer" }) {
  const params = await searchParams;
  const values = historyParams(params);
  const hideParam = [params.hide].flat()[0] ?? "";
  const hidden = HISTORY_COLUMNS.filter((column) => column !== "reference" && hideParam.split(",").includes(column));
  const { locale, t } = await getTranslator();
  const actor = await getActor();
  const [page, totals, regions, measureTypes] = await Promise.all([
    readFiltered(listHistory, values),
    readFiltered(listHistoryTotals, values),
    read(listHistoryRegions),
    read(listMeasureTypes),
  ]);
  const path = view === "manager" ? ROUTES.history : ROUTES.officerHistory;
  const scope = actor ? regionScope(actor, "MANAGER") : [];
  const scopeText = scope === "national" ? t("history.national") : regions.map((region) => region.name).join(", ");
  const fieldErrors = page.ok ? {} : page.fieldErrors;

  const count = totals.ok ? totals.data.reduce((sum, total) => sum + total.count, 0) : 0;
  const value = totals.ok ? totals.data.reduce((sum, total) => sum + BigInt(total.valueOre), 0n) : 0n;
  const size = Number(values.size ?? 50);
  const sort = (values.sort ?? "decidedAt") as HistorySort;
  const rows: HistoryTableRow[] = page.ok
    ? page.data.map((row) => ({ key: row.rowKey, href: view === "manager" ? historyTender(row.tenderId) : officerTender(row.tenderId), cells: cellsOf(row, locale, t) }))
    : [];
  const header = Object.fromEntries(HISTORY_COLUMNS.map((column) => [column, t(`history.col.${column}`)])) as Record<HistoryColumn, string>;

  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="large" spacing>
          {t("history.title")}
        </Heading>
        <BodyLong>{view === "manager" ? t("history.intro", { scope: scopeText }) : t("history.introOfficer", { scope: scopeText })}</BodyLong>
      </div>
      <HistoryFilterForm values={{ ...values, ...(hideParam ? { hide: hideParam } : {}) }} fieldErrors={fieldErrors} regions={regions} measureTypes={measureTypes.filter((measure) => measure.acquisition === "PROCURED")} action={path} locale={locale} t={t} />
      {page.ok && (
        <section aria-labelledby="history-results">
          <VStack gap="space-16">
            <Heading id="history-results" level="2" size="small">
              {count === 1 ? t("history.resultsOne") : t("history.results", { count: count.toLocaleString(locale === "nb" ? "nb-NO" : "en-GB") })}
            </Heading>
            <HistoryTable
              rows={rows}
              columns={HISTORY_COLUMNS}
              sortable={HISTORY_SORTS}
              sort={{ id: sort, desc: (values.dir ?? "desc") === "desc" }}
              hidden={hidden}
              page={Number(values.page ?? 1)}
              pages={Math.max(1, Math.ceil(count / size))}
              size={size}
              sizes={HISTORY_PAGE_SIZES}
              totals={{ label: count === 1 ? t("history.totalsOne") : t("history.totals", { count }), value: formatNok(value, locale) }}
              labels={{ caption: t("history.title"), columns: t("history.columns"), pageSize: t("history.pageSize"), pagination: t("history.pagination"), empty: t("history.empty"), header }}
            />
            <HistoryExportForm action={ROUTES.historyExport} values={values} t={t} />
          </VStack>
        </section>
      )}
    </VStack>
  );
}
