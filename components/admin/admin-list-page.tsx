import { Heading, VStack } from "@navikt/ds-react";

import { AppLink } from "@/components/common/app-link";
import { SimpleTable, type SimpleTableProps } from "@/components/common/simple-table";
import { ROUTES } from "@/lib/routes";

/** The read-only admin lists: a way back, a heading and one table. */
export function AdminListPage({ title, backLabel, table }: { title: string; backLabel: string; table: Omit<SimpleTableProps, "caption"> }) {
  return (
    <VStack gap="space-24">
      <AppLink href={ROUTES.admin}>{backLabel}</AppLink>
      <Heading level="1" size="large">
        {title}
      </Heading>
      <SimpleTable caption={title} {...table} />
    </VStack>
  );
}
