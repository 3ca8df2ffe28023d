export { OSLO_DATE, OSLO_DATE_TIME, OSLO_TZ, addOsloDays, endOfOsloDay, formatOslo, formatOsloDate, startOfOsloDay } from "./oslo";
export { parseOslo, tryParseOslo } from "./parse-oslo";
export type { ParseOsloFailure, ParseOsloOptions, ParseOsloResult } from "./parse-oslo";
