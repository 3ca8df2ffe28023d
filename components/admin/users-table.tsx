"use client";

import { Link as AkselLink, BodyShort, Table, Tag } from "@navikt/ds-react";
import {
  constructSortFn,
  createColumnHelper,
  createSortedRowModel,
  FlexRender,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import NextLink from "next/link";
import { useMemo } from "react";

import { TableScroll } from "@/components/common/table-scroll";

export interface UserTableRow {
  id: string;
  name: string;
  email: string;
  /** Translated, e.g. "Innkjøper – Nav Oslo". */
  roles: string[];
  active: boolean;
  /** Epoch milliseconds, for sorting; null = never logged in. */
  lastLoginAt: number | null;
  /** Oslo time, formatted on the server. */
  lastLogin: string;
}

export interface UsersTableLabels {
  caption: string;
  name: string;
  email: string;
  roles: string;
  status: string;
  lastLogin: string;
  active: string;
  inactive: string;
  noRoles: string;
  empty: string;
}

// Norwegian collation puts Æ, Ø, Å after Z (code-point order would put Å before Æ).
const collator = new Intl.Collator("nb", { sensitivity: "base", numeric: true });

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    text: constructSortFn({ sort: (a: string, b: string) => collator.compare(a, b) }),
    // Ascending: active users first.
    status: constructSortFn({ sort: (a: boolean, b: boolean) => Number(b) - Number(a) }),
    // Ascending: never logged in first, then oldest log-in.
    instant: constructSortFn({
      sort: (a: number | null, b: number | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a - b),
    }),
  },
});

const columnHelper = createColumnHelper<typeof features, UserTableRow>();

/** The admin's user list, sortable by name, e-mail, status and last log-in. */
export function UsersTable({ rows, labels }: { rows: UserTableRow[]; labels: UsersTableLabels }) {
  const columns = useMemo(
    () =>
      columnHelper.columns([
        columnHelper.accessor("name", {
          header: labels.name,
          sortFn: "text",
          cell: (info) => (
            <AkselLink as={NextLink} href={`/admin/brukere/${info.row.original.id}`}>
              {info.getValue()}
            </AkselLink>
          ),
        }),
        columnHelper.accessor("email", { header: labels.email, sortFn: "text" }),
        columnHelper.accessor((row) => row.roles, {
          id: "roles",
          header: labels.roles,
          enableSorting: false,
          cell: (info) => {
            const roles = info.getValue();
            if (roles.length === 0) return labels.noRoles;
            return roles.map((role) => (
              <BodyShort key={role} size="small">
                {role}
              </BodyShort>
            ));
          },
        }),
        columnHelper.accessor("active", {
          header: labels.status,
          sortFn: "status",
          cell: (info) =>
            info.getValue() ? (
              <Tag size="small" variant="moderate" data-color="success">
                {labels.active}
              </Tag>
            ) : (
              <Tag size="small" variant="moderate" data-color="neutral">
                {labels.inactive}
              </Tag>
            ),
        }),
        columnHelper.accessor("lastLoginAt", {
          header: labels.lastLogin,
          sortFn: "instant",
          sortDescFirst: true,
          cell: (info) => info.row.original.lastLogin,
        }),
      ]),
    [labels],
  );

  const table = useTable({
    features,
    columns,
    data: rows,
    initialState: { sorting: [{ id: "name", desc: false }] },
    enableSortingRemoval: false,
    sortDescFirst: false,
  });

  if (rows.length === 0) return <BodyShort>{labels.empty}</BodyShort>;

  const [current] = table.state.sorting;
  return (
    <TableScroll label={labels.caption}>
      <Table
        size="small"
        sort={current ? { orderBy: current.id, direction: current.desc ? "descending" : "ascending" } : undefined}
        onSortChange={(key) => table.getColumn(key)?.toggleSorting()}
      >
        <caption className="aksel-sr-only">{labels.caption}</caption>
        <Table.Header>
          {table.getHeaderGroups().map((group) => (
            <Table.Row key={group.id}>
              {group.headers.map((header) => (
                <Table.ColumnHeader key={header.id} sortKey={header.column.id} sortable={header.column.getCanSort()}>
                  <FlexRender header={header} />
                </Table.ColumnHeader>
              ))}
            </Table.Row>
          ))}
        </Table.Header>
        <Table.Body>
          {table.getRowModel().rows.map((row) => (
            <Table.Row key={row.id}>
              {row.getAllCells().map((cell, index) =>
                index === 0 ? (
                  <Table.HeaderCell key={cell.id} scope="row">
                    <FlexRender cell={cell} />
                  </Table.HeaderCell>
                ) : (
                  <Table.DataCell key={cell.id}>
                    <FlexRender cell={cell} />
                  </Table.DataCell>
                ),
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
