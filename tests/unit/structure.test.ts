import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

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

  // A public command runs without an actor or policy check (it proves its right itself, e.g. with a token).
  const PUBLIC_COMMANDS = ["lib/users/commands/reset-password.ts"];
  it("public commands are exactly the listed ones", () => {
    const found = commandFiles.filter((file) => readFileSync(file, "utf8").includes("definePublicCommand("));
    expect(found.map((file) => file.slice(file.indexOf("/lib/") + 1)).sort()).toEqual(PUBLIC_COMMANDS);
  });

  it.each(sources.filter((file) => /\/lib\/[^/]+\/commands\//.test(file)))("%s writes no Notification rows (commands return notify)", (file) => {
    expect(readFileSync(file, "utf8")).not.toMatch(/\.notification\.|"Notification"/);
  });
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
