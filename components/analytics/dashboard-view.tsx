import { BodyShort, HGrid, VStack } from "@navikt/ds-react";

import type { Dashboard, Named, SupplierRef } from "@/lib/analytics/dashboard";
import type { Locale, Translate } from "@/lib/i18n";
import { formatNok } from "@/lib/money";

import { BarsChart, LinesChart, PointsChart } from "./charts";
import { FigureWithTable } from "./figure-with-table";
import { formatCount, formatShare, kroner, percent } from "./format";

interface ViewProps {
  dashboard: Dashboard;
  locale: Locale;
  t: Translate;
}

/** The dashboard's figures, shared by the manager's /analyse and the public /statistikk. */
export function DashboardView({ dashboard: d, locale, t }: ViewProps) {
  const money = (ore: bigint) => formatNok(ore, locale);
  const share = (bp: number) => formatShare(bp, locale);
  const count = (n: number) => formatCount(n, locale);
  const name = (named: Named) => (locale === "en" ? named.nameEn : named.nameNb);
  const supplier = (ref: SupplierRef) => ref.name ?? t("analytics.soleProprietor");
  /** A figure whose heading and definition are analytics.<key>.heading / .definition. */
  const figure = (key: string) => ({ id: `figure-${key}`, heading: t(`analytics.${key}.heading`), definition: t(`analytics.${key}.definition`), t });
  const quarters = [...new Set(d.prices.map((p) => p.quarter))].sort();
  const priceSeries = [...new Map(d.prices.map((p) => [p.measureType.id, name(p.measureType)])).values()];
  return (
    <VStack gap="space-40">
      <FigureWithTable
        {...figure("kinds")}
        chart={d.totals.contracts > 0 && <BarsChart label={t("analytics.kinds.heading")} format="percent" data={d.byKind.map((k) => ({ name: t(`supplierKind.${k.kind}`), value: percent(k.valueShareBp) }))} />}
        tables={[{
          columns: [t("analytics.kinds.kind"), t("analytics.value"), t("analytics.shareOfValue"), t("analytics.contracts"), t("analytics.shareOfContracts")],
          rows: [
            ...d.byKind.map((k) => ({ key: k.kind, cells: [t(`supplierKind.${k.kind}`), money(k.valueOre), share(k.valueShareBp), count(k.contracts), share(k.contractShareBp)] })),
            { key: "total", cells: [t("analytics.total"), money(d.totals.valueOre), share(d.totals.contracts > 0 ? 10000 : 0), count(d.totals.contracts), share(d.totals.contracts > 0 ? 10000 : 0)] },
          ],
        }]}
      />
      <FigureWithTable
        {...figure("concentration")}
        chart={d.concentrationByMeasure.length > 0 && <BarsChart label={`${t("analytics.concentration.hhi")} – ${t("analytics.concentration.byMeasure")}`} format="number" data={d.concentrationByMeasure.map((c) => ({ name: name(c.key), value: c.hhi ?? 0 }))} />}
        tables={(["byRegion", "byMeasure"] as const).map((group) => ({
          caption: `${t("analytics.concentration.heading")} – ${t(`analytics.concentration.${group}`)}`,
          columns: [t(group === "byRegion" ? "analytics.region" : "analytics.measureType"), t("analytics.value"), t("analytics.concentration.suppliers"), t("analytics.concentration.hhi"), t("analytics.concentration.top")],
          rows: (group === "byRegion" ? d.concentrationByRegion : d.concentrationByMeasure).map((c) => ({
            key: c.key.id,
            cells: [name(c.key), money(c.valueOre), count(c.suppliers), c.hhi === null ? "–" : count(c.hhi), c.top.map((top) => `${supplier(top.supplier)} ${share(top.shareBp)}`).join("; ")],
          })),
        }))}
      />
      <FigureWithTable
        {...figure("competition")}
        tables={[{
          columns: [t("analytics.competition.tenders"), t("analytics.competition.averageBids"), t("analytics.competition.singleBid")],
          rows: d.competition.tenders === 0 ? [] : [{ key: "competition", cells: [count(d.competition.tenders), locale === "nb" ? d.competition.averageBids!.replace(".", ",") : d.competition.averageBids, `${count(d.competition.singleBidTenders)} (${share(d.competition.singleBidShareBp)})`] }],
        }]}
      />
      <FigureWithTable
        {...figure("coverage")}
        chart={d.coverage.suppliers.length > 0 && <BarsChart label={t("analytics.coverage.suppliersHeading")} format="number" data={d.coverage.suppliers.slice(0, 10).map((s) => ({ name: supplier(s.supplier), value: s.municipalities }))} />}
        lead={
          <BodyShort>
            {t("analytics.coverage.local")}: <strong>{share(d.coverage.local.shareBp)}</strong> ({money(d.coverage.local.localValueOre)} / {money(d.coverage.local.valueOre)})
          </BodyShort>
        }
        tables={[{
          caption: t("analytics.coverage.suppliersHeading"),
          columns: [t("analytics.supplier"), t("analytics.coverage.municipalities"), t("analytics.coverage.places")],
          rows: d.coverage.suppliers.map((s) => ({ key: s.supplier.id, cells: [supplier(s.supplier), count(s.municipalities), count(s.places)] })),
        }]}
      />
      <FigureWithTable
        {...figure("coverage")}
        id="figure-uncovered"
        heading={t("analytics.coverage.uncoveredHeading")}
        tables={[{
          columns: [t("analytics.measureType"), t("analytics.coverage.uncoveredCount"), t("analytics.coverage.municipalities")],
          rows: d.coverage.uncovered.map((u) => ({
            key: u.measureType.id,
            cells: [name(u.measureType), `${count(u.count)} / ${count(d.coverage.municipalities)}`, u.names.slice(0, 8).join(", ") + (u.count > 8 ? ` ${t("analytics.coverage.andMore", { count: u.count - 8 })}` : "")],
          })),
        }]}
      />
      <FigureWithTable
        {...figure("turnover")}
        tables={[{
          columns: [t("analytics.measureType"), t("analytics.turnover.retenders"), t("analytics.turnover.changed"), t("analytics.turnover.share")],
          rows: d.turnover.rows.length === 0 ? [] : [
            ...d.turnover.rows.map((r) => ({ key: r.measureType.id, cells: [name(r.measureType), count(r.retenders), count(r.changedHands), share(r.shareBp)] })),
            { key: "total", cells: [t("analytics.total"), count(d.turnover.total.retenders), count(d.turnover.total.changedHands), share(d.turnover.total.shareBp)] },
          ],
        }]}
      />
      <HGrid gap="space-40" columns={{ xs: 1, lg: 2 }}>
        <FigureWithTable
          {...figure("prices")}
          chart={quarters.length > 0 && (
            <LinesChart
              label={t("analytics.prices.heading")}
              unit="kr"
              series={priceSeries}
              rows={quarters.map((quarter) => ({ quarter, ...Object.fromEntries(d.prices.filter((p) => p.quarter === quarter).map((p) => [name(p.measureType), kroner(p.ore)])) }))}
            />
          )}
          tables={[{
            columns: [t("analytics.quarter"), t("analytics.measureType"), t("analytics.prices.price")],
            rows: d.prices.map((p) => ({ key: `${p.quarter}-${p.measureType.id}`, cells: [p.quarter, name(p.measureType), money(p.ore)] })),
          }]}
        />
        <FigureWithTable
          {...figure("qualityWeight")}
          id="figure-quality-weight"
          chart={d.qualityWeight.length > 0 && <LinesChart label={t("analytics.qualityWeight.heading")} unit="%" series={[t("analytics.qualityWeight.weight")]} rows={d.qualityWeight.map((q) => ({ quarter: q.quarter, [t("analytics.qualityWeight.weight")]: percent(q.averageBp) }))} />}
          tables={[{
            columns: [t("analytics.quarter"), t("analytics.qualityWeight.tenders"), t("analytics.qualityWeight.weight")],
            rows: d.qualityWeight.map((q) => ({ key: q.quarter, cells: [q.quarter, count(q.tenders), share(q.averageBp)] })),
          }]}
        />
      </HGrid>
      <FigureWithTable
        {...figure("quality")}
        chart={d.qualityVsPrice.length > 0 && <PointsChart label={t("analytics.quality.heading")} xLabel={t("analytics.prices.price")} yLabel={t("analytics.quality.quality")} points={d.qualityVsPrice.map((q) => ({ x: kroner(q.priceOre), y: percent(q.qualityBp) }))} />}
        tables={[{
          columns: [t("analytics.measureType"), t("analytics.prices.price"), t("analytics.quality.quality")],
          rows: d.qualityVsPrice.map((q, index) => ({ key: String(index), cells: [name(q.measureType), money(q.priceOre), share(q.qualityBp)] })),
        }]}
      />
    </VStack>
  );
}
