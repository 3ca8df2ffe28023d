/** A size for people: "845 kB", "1,2 MB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number, locale: "nb" | "en"): string {
  const format = (value: number, digits: number) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "nb-NO", { maximumFractionDigits: digits }).format(value);
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${format(bytes / 1000, 0)} kB`;
  return `${format(bytes / 1_000_000, 1)} MB`;
}
