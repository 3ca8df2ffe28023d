import { Button, HStack, Select, TextField } from "@navikt/ds-react";

import type { FieldErrors } from "@/lib/errors/app-error";
import type { Translate } from "@/lib/i18n";

export interface AnalyticsFilterProps {
  action: string;
  values: { region?: string; from?: string; to?: string };
  regions: { code: string; name: string }[];
  /** Whether the whole country is a choice (national managers and the public). */
  national: boolean;
  fieldErrors: FieldErrors;
  t: Translate;
}

/** The dashboard's GET form: area and period live in the URL, so a view is shareable and the back button works. */
export function AnalyticsFilter({ action, values, regions, national, fieldErrors, t }: AnalyticsFilterProps) {
  const error = (name: string) => fieldErrors[name]?.map((key) => t(key)).join(" ");
  return (
    <form key={JSON.stringify(values)} method="get" action={action} role="search" aria-label={t("analytics.filters")}>
      <HStack gap="space-16" align="end" wrap>
        <Select label={t("analytics.region")} name="region" defaultValue={values.region ?? ""} size="small" error={error("region")}>
          {national && <option value="">{t("analytics.national")}</option>}
          {regions.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </Select>
        <TextField label={t("analytics.from")} name="from" description={t("analytics.dayHelp")} htmlSize={12} defaultValue={values.from ?? ""} size="small" error={error("from")} />
        <TextField label={t("analytics.to")} name="to" description={t("analytics.dayHelp")} htmlSize={12} defaultValue={values.to ?? ""} size="small" error={error("to")} />
        <Button type="submit" size="small">
          {t("analytics.show")}
        </Button>
      </HStack>
    </form>
  );
}
