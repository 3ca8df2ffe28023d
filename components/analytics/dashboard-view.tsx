import { BodyShort, HGrid, HStack, Heading, HelpText, ReadMore, VStack } from "@navikt/ds-react";
import type { ReactNode } from "react";

import { SimpleTable } from "@/components/common/simple-table";
import type { Dashboard, Named, SupplierRef } from "@/lib/analytics/dashboard";
import type { Locale, Translate } from "@/lib/i18n";
import { formatNok } from "@/lib/money";

import { BarsChart, LinesChart, PointsChart } from "./charts";
import { formatCount, formatShare, kroner, percent } from "./format";

interface ViewProps {
  dashboard: Dashboard;
  locale: Locale;
  t: Translate;
}

/** One figure: its heading with the definition as help text, the chart, and the same figures as a table. */
function Figure({ id, heading, definition, chart, table, t }: { id: string; heading: string; definition: string; chart?: ReactNode; table: ReactNode; t: Translate }) {
  return (
    <section aria-labelledby={id}>
      <VStack gap="space-12">
        <HStack gap="space-8" align="center">
          <Heading id={id} level="2" size="medium">
            {heading}
          </Heading>
          <HelpText title={t("analytics.definition")}>{definition}</HelpText>
        </HStack>
        {chart}
        {chart ? <ReadMore header={t("analytics.tableAlternative")}>{table}</ReadMore> : table}
      </VStack>
    </section>
  );
}

/** The dashboard's figures, shared by the manager's /analyse and the public /statistikk. */
export function DashboardView({ dashboard: d, locale, t }: ViewProps) {
  const money = (ore: bigint) => formatNok(ore, locale);
  const share = (bp: number) => formatShare(bp, locale);
  const count = (n: number) => formatCount(n, locale);
  const name = (named: Named) => (locale === "en" ? named.nameEn : named.nameNb);
  const supplier = (ref: SupplierRef) => ref.name ?? t("analytics.soleProprietor");
  const empty = t("analytics.noData");
  const quarters = [...new Set(d.prices.map((p) => p.quarter))].sort();
  const priceSeries = [...new Map(d.prices.map((p) => [p.measureType.id, name(p.measureType)])).values()];
  return (
    <VStack gap="space-40">
      <Figure
        id="figure-kinds"
        heading={t("analytics.kinds.heading")}
        definition={t("analytics.kinds.definition")}
        t={t}
        chart={d.totals.contracts > 0 && <BarsChart label={t("analytics.kinds.heading")} format="percent" data={d.byKind.map((k) => ({ name: t(`supplierKind.${k.kind}`), value: percent(k.valueShareBp) }))} />}
        table={
          <SimpleTable
            caption={t("analytics.kinds.heading")}
            columns={[t("analytics.kinds.kind"), t("analytics.value"), t("analytics.shareOfValue"), t("analytics.contracts"), t("analytics.shareOfContracts")]}
            emptyText={empty}
            rows={[
              ...d.byKind.map((k) => ({ key: k.kind, cells: [t(`supplierKind.${k.kind}`), money(k.valueOre), share(k.valueShareBp), count(k.contracts), share(k.contractShareBp)] })),
              { key: "total", cells: [t("analytics.total"), money(d.totals.valueOre), share(d.totals.contracts > 0 ? 10000 : 0), count(d.totals.contracts), share(d.totals.contracts > 0 ? 10000 : 0)] },
            ]}
          />
        }
      />
      <Figure
        id="figure-concentration"
        heading={t("analytics.concentration.heading")}
        definition={t("analytics.concentration.definition")}
        t={t}
        chart={d.concentrationByMeasure.length > 0 && <BarsChart label={`${t("analytics.concentration.hhi")} – ${t("analytics.concentration.byMeasure")}`} format="number" data={d.concentrationByMeasure.map((c) => ({ name: name(c.key), value: c.hhi ?? 0 }))} />}
        table={
          <VStack gap="space-16">
            {(["byRegion", "byMeasure"] as const).map((group) => (
              <SimpleTable
                key={group}
                caption={`${t("analytics.concentration.heading")} – ${t(`analytics.concentration.${group}`)}`}
                columns={[t(group === "byRegion" ? "analytics.region" : "analytics.measureType"), t("analytics.value"), t("analytics.concentration.suppliers"), t("analytics.concentration.hhi"), t("analytics.concentration.top")]}
                emptyText={empty}
                rows={(group === "byRegion" ? d.concentrationByRegion : d.concentrationByMeasure).map((c) => ({
                  key: c.key.id,
                  cells: [name(c.key), money(c.valueOre), count(c.suppliers), c.hhi === null ? "–" : count(c.hhi), c.top.map((top) => `${supplier(top.supplier)} ${share(top.shareBp)}`).join("; ")],
                }))}
              />
            ))}
          </VStack>
        }
      />
      <Figure
        id="figure-competition"
        heading={t("analytics.competition.heading")}
        definition={t("analytics.competition.definition")}
        t={t}
        table={
          <SimpleTable
            caption={t("analytics.competition.heading")}
            columns={[t("analytics.competition.tenders"), t("analytics.competition.averageBids"), t("analytics.competition.singleBid")]}
            emptyText={empty}
            rows={d.competition.tenders === 0 ? [] : [{ key: "competition", cells: [count(d.competition.tenders), locale === "nb" ? d.competition.averageBids!.replace(".", ",") : d.competition.averageBids, `${count(d.competition.singleBidTenders)} (${share(d.competition.singleBidShareBp)})`] }]}
          />
        }
      />
      <Figure
        id="figure-coverage"
        heading={t("analytics.coverage.heading")}
        definition={t("analytics.coverage.definition")}
        t={t}
        chart={d.coverage.suppliers.length > 0 && <BarsChart label={t("analytics.coverage.suppliersHeading")} format="number" data={d.coverage.suppliers.slice(0, 10).map((s) => ({ name: supplier(s.supplier), value: s.municipalities }))} />}
        table={
          <VStack gap="space-16">
            <BodyShort>
              {t("analytics.coverage.local")}: <strong>{share(d.coverage.local.shareBp)}</strong> ({money(d.coverage.local.localValueOre)} / {money(d.coverage.local.valueOre)})
            </BodyShort>
            <SimpleTable
              caption={t("analytics.coverage.suppliersHeading")}
              columns={[t("analytics.supplier"), t("analytics.coverage.municipalities"), t("analytics.coverage.places")]}
              emptyText={empty}
              rows={d.coverage.suppliers.map((s) => ({ key: s.supplier.id, cells: [supplier(s.supplier), count(s.municipalities), count(s.places)] }))}
            />
          </VStack>
        }
      />
      <Figure
        id="figure-uncovered"
        heading={t("analytics.coverage.uncoveredHeading")}
        definition={t("analytics.coverage.definition")}
        t={t}
        table={
          <SimpleTable
            caption={t("analytics.coverage.uncoveredHeading")}
            columns={[t("analytics.measureType"), t("analytics.coverage.uncoveredCount"), t("analytics.coverage.municipalities")]}
            emptyText={empty}
            rows={d.coverage.uncovered.map((u) => ({
              key: u.measureType.id,
              cells: [name(u.measureType), `${count(u.count)} / ${count(d.coverage.municipalities)}`, u.names.slice(0, 8).join(", ") + (u.count > 8 ? ` ${t("analytics.coverage.andMore", { count: u.count - 8 })}` : "")],
            }))}
          />
        }
      />
      <Figure
        id="figure-turnover"
        heading={t("analytics.turnover.heading")}
        definition={t("analytics.turnover.definition")}
        t={t}
        table={
          <SimpleTable
            caption={t("analytics.turnover.heading")}
            columns={[t("analytics.measureType"), t("analytics.turnover.retenders"), t("analytics.turnover.changed"), t("analytics.turnover.share")]}
            emptyText={empty}
            rows={d.turnover.rows.length === 0 ? [] : [
              ...d.turnover.rows.map((r) => ({ key: r.measureType.id, cells: [name(r.measureType), count(r.retenders), count(r.changedHands), share(r.shareBp)] })),
              { key: "total", cells: [t("analytics.total"), count(d.turnover.total.retenders), count(d.turnover.total.changedHands), share(d.turnover.total.shareBp)] },
            ]}
          />
        }
      />
      <HGrid gap="space-40" columns={{ xs: 1, lg: 2 }}>
        <Figure
          id="figure-prices"
          heading={t("analytics.prices.heading")}
          definition={t("analytics.prices.definition")}
          t={t}
          chart={quarters.length > 0 && (
            <LinesChart
              label={t("analytics.prices.heading")}
              unit="kr"
              series={priceSeries}
              rows={quarters.map((quarter) => ({ quarter, ...Object.fromEntries(d.prices.filter((p) => p.quarter === quarter).map((p) => [name(p.measureType), kroner(p.ore)])) }))}
            />
          )}
          table={
            <SimpleTable
              caption={t("analytics.prices.heading")}
              columns={[t("analytics.quarter"), t("analytics.measureType"), t("analytics.prices.price")]}
              emptyText={empty}
              rows={d.prices.map((p) => ({ key: `${p.quarter}-${p.measureType.id}`, cells: [p.quarter, name(p.measureType), money(p.ore)] }))}
            />
          }
        />
        <Figure
          id="figure-quality-weight"
          heading={t("analytics.qualityWeight.heading")}
          definition={t("analytics.qualityWeight.definition")}
          t={t}
          chart={d.qualityWeight.length > 0 && <LinesChart label={t("analytics.qualityWeight.heading")} unit="%" series={[t("analytics.qualityWeight.weight")]} rows={d.qualityWeight.map((q) => ({ quarter: q.quarter, [t("analytics.qualityWeight.weight")]: percent(q.averageBp) }))} />}
          table={
            <SimpleTable
              caption={t("analytics.qualityWeight.heading")}
              columns={[t("analytics.quarter"), t("analytics.qualityWeight.tenders"), t("analytics.qualityWeight.weight")]}
              emptyText={empty}
              rows={d.qualityWeight.map((q) => ({ key: q.quarter, cells: [q.quarter, count(q.tenders), share(q.averageBp)] }))}
            />
          }
        />
      </HGrid>
      <Figure
        id="figure-quality"
        heading={t("analytics.quality.heading")}
        definition={t("analytics.quality.definition")}
        t={t}
        chart={d.qualityVsPrice.length > 0 && <PointsChart label={t("analytics.quality.heading")} xLabel={t("analytics.prices.price")} yLabel={t("analytics.quality.quality")} points={d.qualityVsPrice.map((q) => ({ x: kroner(q.priceOre), y: percent(q.qualityBp) }))} />}
        table={
          <SimpleTable
            caption={t("analytics.quality.heading")}
            columns={[t("analytics.measureType"), t("analytics.prices.price"), t("analytics.quality.quality")]}
            emptyText={empty}
            rows={d.qualityVsPrice.map((q, index) => ({ key: String(index), cells: [name(q.measureType), money(q.priceOre), share(q.qualityBp)] }))}
          />
        }
      />
    </VStack>
  );
}
