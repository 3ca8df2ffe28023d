import { Button, HStack, Select, TextField } from "@navikt/ds-react";

import { AppLink } from "@/components/common/app-link";
import type { FieldErrors } from "@/lib/errors/app-error";
import type { Locale, Translate } from "@/lib/i18n";

const SUPPLIER_KINDS = ["COMMERCIAL", "IDEAL", "WORK_INCLUSION_ENTERPRISE", "SOCIAL_ENTREPRENEUR", "PUBLIC"] as const;
const PROCEDURES = ["OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE", "COMPETITIVE_DIALOGUE", "INNOVATION_PARTNERSHIP", "LIGHT_REGIME"] as const;
const STATUSES = ["ANNOUNCED", "OPENED", "QUALIFICATION", "EVALUATION", "NEGOTIATION", "AWARD_PROPOSED", "AWARD_DECIDED", "STANDSTILL", "CONTRACT_SIGNED", "AWARD_NOTICE_PUBLISHED", "ACTIVE", "EXPIRED", "TERMINATED", "CANCELLED"] as const;

export interface HistoryFilterFormProps {
  /** The URL's filter values as typed (strings). */
  values: Record<string, string>;
  fieldErrors: FieldErrors;
  regions: { code: string; name: string }[];
  measureTypes: { code: string; nameNb: string; nameEn: string }[];
  /** The page's own path (the form GETs it, so the filter is the URL). */
  action: string;
  locale: Locale;
  t: Translate;
}

/** The history's filter: a GET form, so the filter is in the URL (shareable, back button) and works without script. */
export function HistoryFilterForm({ values, fieldErrors, regions, measureTypes, action, locale, t }: HistoryFilterFormProps) {
  const error = (name: string) => fieldErrors[name]?.map((key) => t(key)).join(" ");
  const choice = (name: string, options: readonly { value: string; label: string }[]) => (
    <Select label={t(`history.${name}`)} name={name} defaultValue={values[name] ?? ""} size="small" error={error(name)}>
      <option value="">{t("history.any")}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
  const field = (name: string, props: { help?: string; htmlSize?: number } = {}) => (
    <TextField
      label={t(`history.${name}`)}
      description={props.help}
      name={name}
      defaultValue={values[name] ?? ""}
      size="small"
      htmlSize={props.htmlSize ?? 14}
      error={error(name)}
    />
  );
  return (
    // Keyed by the values: after a client-side navigation (reset, back) the fields show the URL's filter.
    <form key={JSON.stringify(values)} method="get" action={action} role="search" aria-label={t("history.filters")}>
      {/* The sort, page size and column choice survive a new filter; the page starts again at 1. */}
      {["sort", "dir", "size", "hide"].map((name) => (values[name] ? <input key={name} type="hidden" name={name} value={values[name]} /> : null))}
      <HStack gap="space-16" align="end" wrap>
        {choice("region", regions.map((region) => ({ value: region.code, label: region.name })))}
        {choice("measureType", measureTypes.map((measure) => ({ value: measure.code, label: locale === "en" ? measure.nameEn : measure.nameNb })))}
        {field("supplier", { help: t("history.supplierHelp") })}
        {choice("supplierKind", SUPPLIER_KINDS.map((kind) => ({ value: kind, label: t(`supplierKind.${kind}`) })))}
        {choice("procedure", PROCEDURES.map((procedure) => ({ value: procedure, label: t(`procedure.${procedure}`) })))}
        {choice("reserved", [{ value: "true", label: t("history.reservedYes") }, { value: "false", label: t("history.reservedNo") }])}
        {choice("status", STATUSES.map((status) => ({ value: status, label: t(`tenderStatus.${status}`) })))}
        {field("from", { help: t("history.dateHelp"), htmlSize: 10 })}
        {field("to", { help: t("history.dateHelp"), htmlSize: 10 })}
        {field("minValue", { htmlSize: 12 })}
        {field("maxValue", { htmlSize: 12 })}
        {field("q", { help: t("history.qHelp"), htmlSize: 20 })}
        <Button type="submit" size="small">
          {t("history.apply")}
        </Button>
        <AppLink href={action}>{t("history.reset")}</AppLink>
      </HStack>
    </form>
  );
}
