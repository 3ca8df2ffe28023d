import { en } from "./messages/en";
import { nb, type Messages } from "./messages/nb";

export const LOCALES = ["nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nb";
export const LOCALE_COOKIE = "locale";

const catalogs: Record<Locale, Messages> = { nb, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** A translator for one locale. Unknown keys fall back to nb, then to the key itself (visible, never a crash). */
export function createTranslator(locale: Locale): Translate {
  return (key, params) => {
    const template = lookup(catalogs[locale], key) ?? lookup(nb, key) ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
  };
}

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale];
}

export type { Messages };
