import { awardKinds } from "./award";
import { bidKinds } from "./bid";
import type { KindDefinition } from "./define";
import { dialogueKinds } from "./dialogue";
import { reminderKinds } from "./reminder";
import { supplierKinds } from "./supplier";
import { tenderKinds } from "./tender";
import { userKinds } from "./user";

/**
 * Every notification kind, by the name commands use (NOTIFICATION_TEMPLATES.<name>). Adding a kind is one entry in
 * its area's file; a new area adds one file and one spread here. See lib/notifications/README.md.
 */
export const KINDS = { ...userKinds, ...supplierKinds, ...dialogueKinds, ...tenderKinds, ...bidKinds, ...awardKinds, ...reminderKinds } as const;

type Entry = (typeof KINDS)[keyof typeof KINDS];
export type TemplateKey = Entry["key"];
export type TemplateParamsByKey = { [E in Entry as E["key"]]: NonNullable<E["params"]> };

export type AnyKind = KindDefinition<TemplateKey, { path: string }>;

const BY_KEY: ReadonlyMap<string, AnyKind> = new Map(Object.values(KINDS).map((definition) => [definition.key, definition as unknown as AnyKind]));

/** The kind of a stored row (`Notification.kind`), or undefined for a key this version does not know. */
export function kindOf(key: string): AnyKind | undefined {
  return BY_KEY.get(key);
}

/** The keys shown in the in-app centre: every kind but the secret ones (reset and invitation links). */
export const IN_APP_KEYS: readonly TemplateKey[] = Object.values(KINDS).flatMap((definition) => ("secret" in definition && definition.secret ? [] : [definition.key]));

export type { KindCategory, KindDefinition, RenderContext, RenderedText } from "./define";
