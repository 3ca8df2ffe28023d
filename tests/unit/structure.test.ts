import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { AREAS } from "@/lib/auth/areas";

import { sourceFiles } from "../helpers/source-files";

const sources = sourceFiles("lib", "app", "components");

describe("every write goes through the mutation pattern", () => {
  const commandFiles = sources.filter((file) => /\/lib\/[^/]+\/commands\/[^/]+\.ts$/.test(file));

  it("finds the command folders", () => {
    expect(commandFiles.length).toBeGreaterThan(0);
  });

  it.each(commandFiles.filter((file) => readFileSync(file, "utf8").includes("defineCommand(")))(
    "%s declares a policy action",
    (file) => {
      const text = readFileSync(file, "utf8");
      expect(text).toMatch(/\baction:\s*"[a-z_.]+"/);
    },
  );
});

describe('"use server" files export only server actions', () => {
  const serverFiles = sources.filter((file) => /^\s*["']use server["'];/.test(readFileSync(file, "utf8")));

  it.each(serverFiles)("%s", (file) => {
    const exported = [...readFileSync(file, "utf8").matchAll(/^export\s+(?:async\s+)?(\w+)\s+(\w+)/gm)];
    expect(exported.length).toBeGreaterThan(0);
    for (const [, kind, name] of exported) {
      expect(`${kind} ${name}`).toMatch(/^function \w+Action$/);
    }
  });
});

describe("pure modules stay pure", () => {
  const pure = sources.filter((file) => /\/lib\/scoring\//.test(file));
  it.each(pure)("%s imports nothing from next, react or the database", (file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/from\s+["'](next|react|@prisma\/|@\/lib\/db|@\/lib\/generated)/);
  });
});

describe("every page names itself in the tab", () => {
  // Pages that only redirect render nothing to title.
  const redirectOnly = ["/app/(public)/start/page.tsx"];
  const pages = sources.filter((file) => file.endsWith("/page.tsx") && !redirectOnly.some((path) => file.endsWith(path)));

  it.each(pages)("%s exports its metadata", (file) => {
    expect(readFileSync(file, "utf8")).toMatch(/export (const|async function) (generateMetadata|metadata)\b/);
  });
});

describe("each role area checks its area once, in its layout", () => {
  const layouts = sources.filter((file) => file.endsWith("/layout.tsx"));

  it.each(AREAS.map((area) => [area.id, area.paths[0]] as const))("%s (%s)", (id, path) => {
    const layout = layouts.find((file) => file.endsWith(`${path}/layout.tsx`));
    expect(layout, `a layout.tsx for ${path}`).toBeDefined();
    expect(readFileSync(layout!, "utf8")).toContain(`areaLayout("${id}")`);
  });
});
