import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The system Chromium for Playwright: CHROMIUM_PATH, else a Debian/Ubuntu install. Never a download. */
export function chromiumPath(): string | null {
  const override = process.env.CHROMIUM_PATH;
  if (override) return existsSync(override) ? override : null;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}
