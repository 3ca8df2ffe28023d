"use client";

import { ActionMenu, BodyShort, Button, HStack, Pagination, Select, Table } from "@navikt/ds-react";
import { columnVisibilityFeature, createColumnHelper, FlexRender, rowSortingFeature, tableFeatures, useTable, type SortingState, type Updater } from "@tanstack/react-table";
import NextLink from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo } from "react";

import { AppPaginationLink } from "@/components/common/app-link";
import { TableScroll } from "@/components/common/table-scroll";
import type { HistoryColumn, HistorySort } from "@/lib/history/filter";

/** A history row as the page formats it on the server (Oslo dates, NOK, translated codes). */
export interface HistoryTableRow {
  key: string;
  href: string;
  cells: Record<HistoryColumn, string>;
}

export interface HistoryTableProps {
  rows: HistoryTableRow[];
  columns: readonly HistoryColumn[];
  /** The columns the server can sort by, and the current sort. */
  sortable: readonly HistorySort[];
  sort: { id: HistorySort; desc: boolean };
  hidden: readonly HistoryColumn[];
  page: number;
  pages: number;
  size: number;
  sizes: readonly number[];
  totals: { label: string; value: string };
  labels: { caption: string; columns: string; pageSize: string; pagination: string; empty: string; header: Record<HistoryColumn, string> };
}

const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature });
const columnHelper = createColumnHelper<typeof features, HistoryTableRow>();

/**
 * The award history on @tanstack/react-table with the work done by the server: sorting, paging and the column choice
 * are URL parameters (shareable, the back button steps through them), so the table only renders the page it is given.
 */
export function HistoryTable(props: HistoryTableProps) {
  const { rows, columns: order, sortable, sort, hidden, page, pages, size, sizes, totals, labels } = props;
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();

  const hrefWith = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search.toString());
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === "") next.delete(name);
      else next.set(name, value);
    }
    const query = next.toString();
    return query ? `${pathname}?${query}` : pathname;
  };

  const columns = useMemo(
    () =>
      columnHelper.columns(
        order.map((id) =>
          columnHelper.accessor((row) => row.cells[id], {
            id,
            header: labels.header[id],
            enableSorting: (sortable as readonly string[]).includes(id),
            enableHiding: id !== "reference",
            cell: (info) =>
              id === "reference" ? (
                <NextLink href={info.row.original.href} className="aksel-link">
                  {info.getValue()}
                </NextLink>
              ) : (
                info.getValue()
              ),
          }),
        ),
      ),
    [order, sortable, labels.header],
  );

  const sorting: SortingState = [{ id: sort.id, desc: sort.desc }];
  const columnVisibility = Object.fromEntries(hidden.map((id) => [id, false]));
  const table = useTable({
    features,
    columns,
    data: rows,
    state: { sorting, columnVisibility },
    manualSorting: true,
    enableSortingRemoval: false,
    getRowId: (row) => row.key,
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = typeof updater === "function" ? updater(sorting) : updater;
      if (next) router.push(hrefWith({ sort: next.id, dir: next.desc ? "desc" : "asc", page: null }), { scroll: false });
    },
    onColumnVisibilityChange: (updater) => {
      const next = typeof updater === "function" ? updater(columnVisibility) : updater;
      const hide = order.filter((id) => next[id] === false);
      router.replace(hrefWith({ hide: hide.length > 0 ? hide.join(",") : null }), { scroll: false });
    },
  });

  const visible = table.getVisibleLeafColumns();
  return (
    <>
      <HStack gap="space-16" align="end" justify="space-between" wrap>
        <ActionMenu>
          <ActionMenu.Trigger>
            <Button variant="secondary" size="small">
              {labels.columns}
            </Button>
          </ActionMenu.Trigger>
          <ActionMenu.Content>
            <ActionMenu.Group label={labels.columns}>
              {table.getAllLeafColumns().map((column) => (
                <ActionMenu.CheckboxItem
                  key={column.id}
                  checked={column.getIsVisible()}
                  disabled={!column.getCanHide()}
                  onCheckedChange={(checked) => column.toggleVisibility(checked === true)}
                >
                  {labels.header[column.id as HistoryColumn]}
                </ActionMenu.CheckboxItem>
              ))}
            </ActionMenu.Group>
          </ActionMenu.Content>
        </ActionMenu>
        <Select label={labels.pageSize} size="small" value={String(size)} onChange={(event) => router.push(hrefWith({ size: event.target.value, page: null }), { scroll: false })}>
          {sizes.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </Select>
      </HStack>
      {rows.length === 0 ? (
        <BodyShort>{labels.empty}</BodyShort>
      ) : (
        <TableScroll label={labels.caption}>
          <Table
            size="small"
            sort={{ orderBy: sort.id, direction: sort.desc ? "descending" : "ascending" }}
            onSortChange={(key) => {
              const column = table.getColumn(key);
              // A new column starts descending for dates and values, ascending for text; the same column flips.
              if (column && key === sort.id) column.toggleSorting(!sort.desc);
              else column?.toggleSorting(["decidedAt", "announcedAt", "value"].includes(key));
            }}
          >
            <caption className="aksel-sr-only">{labels.caption}</caption>
            <Table.Header>
              {table.getHeaderGroups().map((group) => (
                <Table.Row key={group.id}>
                  {group.headers.map((header) => (
                    <Table.ColumnHeader key={header.id} sortKey={header.column.id} sortable={header.column.getCanSort()} align={header.column.id === "value" || header.column.id === "bids" ? "right" : undefined}>
                      <FlexRender header={header} />
                    </Table.ColumnHeader>
                  ))}
                </Table.Row>
              ))}
            </Table.Header>
            <Table.Body>
              {table.getRowModel().rows.map((row) => (
                <Table.Row key={row.id}>
                  {row.getVisibleCells().map((cell) =>
                    cell.column.id === "reference" ? (
                      <Table.HeaderCell key={cell.id} scope="row">
                        <FlexRender cell={cell} />
                      </Table.HeaderCell>
                    ) : (
                      <Table.DataCell key={cell.id} align={cell.column.id === "value" || cell.column.id === "bids" ? "right" : undefined}>
                        <FlexRender cell={cell} />
                      </Table.DataCell>
                    ),
                  )}
                </Table.Row>
              ))}
            </Table.Body>
            <tfoot>
              <Table.Row>
                {visible.map((column, index) =>
                  index === 0 ? (
                    <Table.HeaderCell key={column.id} scope="row">
                      {totals.label}
                    </Table.HeaderCell>
                  ) : (
                    <Table.DataCell key={column.id} align={column.id === "value" ? "right" : undefined}>
                      {column.id === "value" ? <strong>{totals.value}</strong> : null}
                    </Table.DataCell>
                  ),
                )}
              </Table.Row>
            </tfoot>
          </Table>
        </TableScroll>
      )}
      {pages > 1 && (
        <nav aria-label={labels.pagination}>
          <Pagination
            page={page}
            count={pages}
            size="small"
            siblingCount={1}
            boundaryCount={1}
            renderItem={(item) => <AppPaginationLink {...item} href={hrefWith({ page: item.page === 1 ? null : String(item.page) })} />}
          />
        </nav>
      )}
    </>
  );
}
