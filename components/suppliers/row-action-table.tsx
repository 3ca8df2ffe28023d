"use client";

import { Button } from "@navikt/ds-react";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@navikt/ds-react/Table";
import type { ReactNode } from "react";

import { TableScroll } from "@/components/common/table-scroll";
import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

export interface RowActionTableProps {
  caption: string;
  columns: string[];
  /** `action` absent: the row has no button (e.g. oneself). */
  rows: { key: string; cells: ReactNode[]; actionLabel?: string }[];
  /** The hidden field the action reads the row's key from. */
  field: string;
  action: FormAction;
  buttonLabel: string;
  emptyText: string;
  labels: FormFeedbackLabels;
}

/**
 * A table whose rows each carry one small form (withdraw an invitation, remove a member). The forms share one action
 * state, so the result stays on screen after the row is gone.
 */
export function RowActionTable({ caption, columns, rows, field, action, buttonLabel, emptyText, labels }: RowActionTableProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  return (
    <>
      <FormFeedback state={state} fieldIds={{}} labels={labels} />
      {rows.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <TableScroll label={caption}>
          {/* Positioned, so the rows' screen-reader-only texts stay inside the scrolling frame instead of widening the page. */}
          <Table size="small" style={{ position: "relative" }}>
            <caption className="aksel-sr-only">{caption}</caption>
            <TableHeader>
              <TableRow>
                {columns.map((column) => (
                  <TableHeaderCell key={column} scope="col">
                    {column}
                  </TableHeaderCell>
                ))}
                <TableHeaderCell scope="col">
                  <span className="aksel-sr-only">{buttonLabel}</span>
                </TableHeaderCell>
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
                  <TableDataCell>
                    {row.actionLabel && (
                      <form action={formAction} onSubmit={onSubmit}>
                        <input type="hidden" name={field} value={row.key} />
                        <Button type="submit" variant="secondary" size="small" disabled={isPending}>
                          {buttonLabel}
                          <span className="aksel-sr-only">: {row.actionLabel}</span>
                        </Button>
                      </form>
                    )}
                  </TableDataCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
