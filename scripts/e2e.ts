import { spawnSync } from "node:child_process";

import { chromiumPath } from "./chromium-path";

/** Runs the Playwright suite, or explains how to get a browser when none is installed. */
if (!chromiumPath()) {
  console.error(
    [
      "No Chromium found for the end-to-end tests.",
      process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.` : "Looked for /usr/bin/chromium.",
      "Install one with:  sudo apt-get update && sudo apt-get install -y chromium",
      "or point CHROMIUM_PATH at an existing Chromium or Chrome binary.",
    ].join("\n"),
  );
  process.exit(1);
}

const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
