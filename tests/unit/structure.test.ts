import { readFileSync } from "node:fs";
import { join, relative } from "node:path";

import { describe, expect, it } from "vitest";

import { AREAS } from "@/lib/auth/areas";

import { REPO_ROOT, sourceFiles } from "../helpers/source-files";

// Paths from the repository root ("/app/…", "/lib/…"), so a checkout under a folder named app or lib matches nothing extra.
const sources = sourceFiles("lib", "app", "components").map((file) => `/${relative(REPO_ROOT, file)}`);
const read = (file: string) => readFileSync(join(REPO_ROOT, file), "utf8");

describe("every write goes through the mutation pattern", () => {
  const commandFiles = sources.filter((file) => /\/lib\/[^/]+\/commands\/[^/]+\.ts$/.test(file));

  it("finds the command folders", () => {
    expect(commandFiles.length).toBeGreaterThan(0);
  });

  // Every file in a commands folder is a command: helpers live beside the folder, not in it.
  // A public command runs without an actor or policy check (it proves its right itself, e.g. with a token).
  const PUBLIC_COMMANDS = ["lib/suppliers/commands/accept-invitation.ts", "lib/suppliers/commands/register-supplier.ts", "lib/users/commands/reset-password.ts"];
  it.each(commandFiles)("%s declares a command with a policy action (or is a listed public one)", (file) => {
    const text = read(file);
    if (PUBLIC_COMMANDS.some((path) => file.endsWith(path))) {
      expect(text).toContain("definePublicCommand(");
      return;
    }
    expect(text).toContain("defineCommand(");
    expect(text).toMatch(/\baction:\s*"[a-z_.]+"/);
  });

  it("public commands are exactly the listed ones", () => {
    const found = commandFiles.filter((file) => read(file).includes("definePublicCommand("));
    expect(found.map((file) => file.slice(file.indexOf("/lib/") + 1)).sort()).toEqual(PUBLIC_COMMANDS);
  });

  it.each(sources.filter((file) => /\/lib\/[^/]+\/commands\//.test(file)))("%s writes no Notification rows (commands return notify)", (file) => {
    expect(read(file)).not.toMatch(/\.notification\.|"Notification"/);
  });
});

describe('"use server" files export only server actions', () => {
  const serverFiles = sources.filter((file) => /^\s*["']use server["'];/.test(read(file)));

  it.each(serverFiles)("%s", (file) => {
    const exported = [...read(file).matchAll(/^export\s+(?:async\s+)?(\w+)\s+(\w+)/gm)];
    expect(exported.length).toBeGreaterThan(0);
    for (const [, kind, name] of exported) {
      expect(`${kind} ${name}`).toMatch(/^function \w+Action$/);
    }
  });
});

describe("pure modules stay pure", () => {
  const pure = sources.filter((file) => /\/lib\/(scoring|rules|notices)\/|\/transitions\.ts$/.test(file));
  it.each(pure)("%s imports nothing from next, react or the database", (file) => {
    const text = read(file);
    expect(text).not.toMatch(/from\s+["'](next|react|@prisma\/|@\/lib\/db|@\/lib\/generated)/);
    expect(text, "the clock comes in as an argument").not.toMatch(/Date\.now\(\)|new Date\(\)/);
  });
});

describe("every page names itself in the tab", () => {
  // Pages that only redirect render nothing to title; the 404 page titles unknown paths itself.
  const untitled = ["/app/(public)/start/page.tsx", "[...unknown]/page.tsx"];
  const pages = sources.filter((file) => file.endsWith("/page.tsx") && !untitled.some((path) => file.endsWith(path)));

  it.each(pages)("%s exports its metadata", (file) => {
    expect(read(file)).toMatch(/export (const|async function) (generateMetadata|metadata)\b/);
  });
});

describe("each role area checks its area once, in its layout", () => {
  const layouts = sources.filter((file) => file.endsWith("/layout.tsx"));

  it.each(AREAS.map((area) => [area.id, area.paths[0]] as const))("%s (%s)", (id, path) => {
    const layout = layouts.find((file) => file.endsWith(`${path}/layout.tsx`));
    expect(layout, `a layout.tsx for ${path}`).toBeDefined();
    expect(read(layout!)).toContain(`areaLayout("${id}")`);
  });
});

describe("every read goes through the query pattern", () => {
  const queryFiles = sources.filter((file) => /\/lib\/[^/]+\/queries\/[^/]+\.ts$/.test(file));
  // Reads anyone may make, signed in or not. Adding one here is a decision: say why in its doc comment.
  const PUBLIC = ["/lib/tenders/queries/list-announced-tenders.ts", "/lib/tenders/queries/public-amendments.ts", "/lib/documents/queries/public-documents.ts", "/lib/tenders/queries/published-tender.ts", "/lib/tenders/queries/draft-options.ts", "/lib/users/queries/reset-token-status.ts", "/lib/dialogues/queries/published-dialogues.ts", "/lib/suppliers/queries/registration-lookup.ts", "/lib/suppliers/queries/invitation-status.ts", "/lib/contracts/queries/award-notice.ts", "/lib/analytics/queries/public-statistics.ts", "/lib/ocds/queries/open-data.ts"];

  it("finds the query folders", () => {
    expect(queryFiles.length).toBeGreaterThan(5);
  });

  it.each(queryFiles)("%s declares its queries with a policy action (or as public)", (file) => {
    const text = read(file);
    const functions = [...text.matchAll(/^export (?:async )?function (\w+)/gm)].map((match) => match[1]);
    expect(functions, "plain exported functions bypass the policy").toEqual([]);
    const queries = [...text.matchAll(/define(Detail|List|Public)Query\(\{[\s\S]*?\n\}\);/g)];
    expect(queries.length).toBeGreaterThan(0);
    for (const [body, kind] of queries) {
      if (kind === "Public") expect(PUBLIC.some((path) => file.endsWith(path)), `${file} is public but not listed`).toBe(true);
      else expect(body).toMatch(/\baction:\s*"[a-z_.]+"/);
    }
  });
});

describe("pages read through queries, components stay presentational", () => {
  const appFiles = sources.filter((file) => file.startsWith("/app/") && !file.startsWith("/app/_lib/"));
  const componentFiles = sources.filter((file) => file.startsWith("/components/"));

  it.each(appFiles)("%s does not import the database client", (file) => {
    const text = read(file);
    expect(text).not.toMatch(/from\s+["']@\/lib\/(db|generated\/[^"']*)["']/);
    expect(text).not.toMatch(/\bdb\.\w+\.(find|count|aggregate|group|create|update|delete|upsert)/);
  });

  it.each(componentFiles)("%s imports nothing from app/", (file) => {
    expect(read(file)).not.toMatch(/from\s+["']@\/app\//);
  });
});

describe("lib/ is what the running app needs", () => {
  it.each(sources)("%s imports nothing from scripts/ or tests/", (file) => {
    expect(read(file)).not.toMatch(/from\s+["']@\/(scripts|tests)\//);
  });
});
