import {
  Table,
  TableBody,
  TableDataCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@navikt/ds-react/Table";
import type { ReactNode } from "react";

import { TableScroll } from "./table-scroll";

export interface SimpleTableProps {
  caption: string;
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
  emptyText: string;
}

/** A read-only Aksel table for server components (the first cell of a row is its header). */
export function SimpleTable({ caption, columns, rows, emptyText }: SimpleTableProps) {
  if (rows.length === 0) return <p>{emptyText}</p>;
  return (
    <TableScroll label={caption}>
      <Table size="small">
        <caption className="aksel-sr-only">{caption}</caption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column} scope="col">
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <TableHeaderCell key={index} scope="row">
                    {cell}
                  </TableHeaderCell>
                ) : (
                  <TableDataCell key={index}>{cell}</TableDataCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
