import { HStack, Heading, HelpText, ReadMore, VStack } from "@navikt/ds-react";
import type { ReactNode } from "react";

import { SimpleTable, type SimpleTableProps } from "@/components/common/simple-table";
import type { Translate } from "@/lib/i18n";

/** One table of a figure; captioned with the figure's heading unless it says otherwise. */
export interface FigureTable {
  caption?: string;
  columns: string[];
  rows: SimpleTableProps["rows"];
}

interface FigureWithTableProps {
  id: string;
  heading: string;
  /** How the figure is computed, behind the heading's help button. */
  definition: string;
  /** A picture of the tables' figures (absent or false: the tables stand alone). */
  chart?: ReactNode;
  /** A headline figure said before the tables. */
  lead?: ReactNode;
  tables: FigureTable[];
  t: Translate;
}

/**
 * One dashboard figure: its heading with the definition as help text, the chart, and the same figures as tables —
 * folded under "show as table" when there is a chart (the chart is one labelled image; the tables are what a screen
 * reader reads), shown as they are when there is none.
 */
export function FigureWithTable({ id, heading, definition, chart, lead, tables, t }: FigureWithTableProps) {
  const rendered = tables.map((table) => (
    <SimpleTable key={table.caption ?? heading} caption={table.caption ?? heading} columns={table.columns} rows={table.rows} emptyText={t("analytics.noData")} />
  ));
  const alternative = lead || rendered.length > 1 ? (
    <VStack gap="space-16">
      {lead}
      {rendered}
    </VStack>
  ) : (
    rendered[0]
  );
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
        {chart ? <ReadMore header={t("analytics.tableAlternative")}>{alternative}</ReadMore> : alternative}
      </VStack>
    </section>
  );
}
