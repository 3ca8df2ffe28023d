import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { createTranslator, messagesFor } from "@/lib/i18n";

const ROOT = join(__dirname, "..", "..");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

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
    const files = [...walk(join(ROOT, "app")), ...walk(join(ROOT, "components")), ...walk(join(ROOT, "lib"))].filter((file) =>
      /\.(ts|tsx)$/.test(file),
    );
    const used = new Set<string>();
    const pattern = /(?:\bt\(|messageKey:\s*|AppError\("[A-Z_]+",\s*|\["|message:\s*)"((?:errors|admin|login|nav|home|officer|supplier|manager|roles|app)\.[\w.]+)"/g;
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
