export { DATE_PATTERNS, OSLO_TZ, addOsloDays, endOfOsloDay, formatOslo, formatOsloDate, formatOsloDateTime, formatOsloInput, OSLO_INPUT_PATTERN, startOfOsloDay } from "./oslo";
export type { DateLocale } from "./oslo";
export { parseOslo, tryParseOslo } from "./parse-oslo";
export type { ParseOsloFailure, ParseOsloOptions, ParseOsloResult } from "./parse-oslo";
export { describeTimeLeft, timeLeft } from "./countdown";
export type { CountdownLabels, TimeLeft } from "./countdown";
