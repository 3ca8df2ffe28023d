import type { Locale } from "@/lib/i18n";

/**
 * What a notification kind is, declared once (lib/notifications/kinds/<area>.ts): its template key, the parameters a
 * command passes, how it reads in nb and en, and how it may be delivered. Both languages are required by the type.
 *
 * - `category`: "legal" kinds are e-mailed regardless of preferences (award letters, cancellations: the law requires
 *   them to reach the supplier); "reminder" kinds are e-mailed only while the user keeps reminder e-mail on;
 *   "message" kinds are ordinary notices, always e-mailed when e-mail is configured.
 * - `secret`: the `path` holds a single-use token (password reset, invitation). Such a kind is never shown in the
 *   in-app centre, and the worker clears the token from the payload once it has been mailed.
 */
export type KindCategory = "legal" | "reminder" | "message";

/** The text of one notification in one language. No bid content ever: the link leads to it. */
export interface RenderedText {
  subject: string;
  /** Plain-text paragraphs; the worker escapes them for the HTML part and appends the absolute link. */
  body: readonly string[];
}

export interface RenderContext {
  locale: Locale;
  /** An ISO instant as Oslo date and time, in the recipient's language. */
  dateTime: (iso: string) => string;
}

export interface KindDefinition<K extends string, P extends { path: string }> {
  key: K;
  category: KindCategory;
  secret?: boolean;
  text: Record<Locale, (params: P, ctx: RenderContext) => RenderedText>;
  /** Only a type carrier for P (never set): lets the catalogue derive each key's parameters. */
  readonly params?: P;
}

/**
 * Declares a kind: `kind<{ path: string; reference: string }>()({ key: "tender.x", category: "message", text })`.
 * Curried so the parameters are written out and the key is inferred as a literal.
 */
export const kind =
  <P extends { path: string }>() =>
  <K extends string>(definition: Omit<KindDefinition<K, P>, "params">): KindDefinition<K, P> =>
    definition;
