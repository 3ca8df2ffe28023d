import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { createTranslator, messagesFor } from "@/lib/i18n";

import { sourceFiles } from "../helpers/source-files";

function leafKeys(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

const nbKeys = new Set(leafKeys(messagesFor("nb")));

describe("message catalogs", () => {
  it("nb and en have exactly the same keys", () => {
    expect(leafKeys(messagesFor("en")).sort()).toEqual([...nbKeys].sort());
  });

  it("no English text is left untranslated in nb by accident (nb and en differ for most keys)", () => {
    const nb = createTranslator("nb");
    const en = createTranslator("en");
    const same = [...nbKeys].filter((key) => nb(key) === en(key));
    expect(same.length / nbKeys.size).toBeLessThan(0.1);
  });

  it("every literal message key used in the code exists", () => {
    const files = sourceFiles("app", "components", "lib");
    const used = new Set<string>();
    const pattern = /(?:\bt\(|messageKey:\s*|AppError\("[A-Z_]+",\s*|\["|message:\s*)"((?:errors|admin|login|nav|home|officer|supplier|manager|roles|app|passwordReset|questions|suppliers|analytics|ocds)\.[\w.]+)"/g;
    for (const file of files) {
      for (const match of readFileSync(file, "utf8").matchAll(pattern)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !nbKeys.has(key))).toEqual([]);
  });

  it("interpolates parameters and falls back to the key when unknown", () => {
    const t = createTranslator("en");
    expect(t("admin.count", { count: 3 })).toBe("3 in total");
    expect(t("does.not.exist")).toBe("does.not.exist");
  });
});
