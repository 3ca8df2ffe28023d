import type { Translate } from "@/lib/i18n";
import type { CountdownLabels } from "@/lib/time/countdown";

/** The countdown's words in the reader's language, handed to the client component as plain strings. */
export function countdownLabels(t: Translate): CountdownLabels {
  return {
    closed: t("countdown.closed"),
    underAMinute: t("countdown.underAMinute"),
    left: t("countdown.left"),
    leftSingle: t("countdown.leftSingle"),
    day: { one: t("countdown.day.one"), other: t("countdown.day.other") },
    hour: { one: t("countdown.hour.one"), other: t("countdown.hour.other") },
    minute: { one: t("countdown.minute.one"), other: t("countdown.minute.other") },
  };
}
