import { KINDS, type TemplateKey, type TemplateParamsByKey } from "./kinds";

export type { TemplateKey, TemplateParamsByKey } from "./kinds";

/**
 * The template key of each kind, by the name commands use (`NOTIFICATION_TEMPLATES.passwordReset`). Derived from the
 * catalogue in ./kinds, where each kind declares its parameters, its nb and en text and how it may be delivered.
 */
export const NOTIFICATION_TEMPLATES = Object.fromEntries(Object.entries(KINDS).map(([name, definition]) => [name, definition.key])) as {
  readonly [N in keyof typeof KINDS]: (typeof KINDS)[N]["key"];
};

export type TemplateParams<K extends TemplateKey> = TemplateParamsByKey[K];

/** A user, a supplier organisation (everyone who acts for it), or an address without an account yet (an invitation). */
export type NotificationRecipient = { userId: string } | { supplierId: string } | { email: string };

/** One notification in a command's outcome; runCommand writes it to the outbox in the command's transaction. */
export type NotifyRecord = {
  [K in TemplateKey]: { to: NotificationRecipient; template: K; params: TemplateParams<K> };
}[TemplateKey];
