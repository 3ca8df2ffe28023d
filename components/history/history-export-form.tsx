import { Button, HStack, Select } from "@navikt/ds-react";

import type { Translate } from "@/lib/i18n";

/** Download the current filter as CSV: a GET form to the export route carrying the filter, plus the format. */
export function HistoryExportForm({ action, values, t }: { action: string; values: Record<string, string>; t: Translate }) {
  return (
    <form method="get" action={action} aria-label={t("history.export.title")}>
      {Object.entries(values).map(([name, value]) => (name === "page" || name === "hide" ? null : <input key={name} type="hidden" name={name} value={value} />))}
      <HStack gap="space-16" align="end" wrap>
        <Select label={t("history.export.format")} description={t("history.export.help")} name="format" defaultValue="nb" size="small">
          <option value="nb">{t("history.export.nb")}</option>
          <option value="iso">{t("history.export.iso")}</option>
        </Select>
        <Button type="submit" size="small" variant="secondary">
          {t("history.export.submit")}
        </Button>
      </HStack>
    </form>
  );
}
