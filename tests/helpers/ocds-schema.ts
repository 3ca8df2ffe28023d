import { readFileSync } from "node:fs";
import { join } from "node:path";

import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

import { OCDS_EXTENSIONS } from "@/lib/ocds/config";

import { REPO_ROOT } from "./source-files";

/*
 * OCDS 1.1.5 validation for the tests (vendor/ocds-1.1.5): the core release schema with every declared extension's
 * release-schema.json applied as an RFC 7386 merge patch; then, for the data review's "additional fields" check, every
 * object that lists its properties is closed (additionalProperties: false), so an undeclared field fails.
 */
const DIR = join(REPO_ROOT, "vendor", "ocds-1.1.5");
type Json = Record<string, unknown>;
const read = (path: string) => JSON.parse(readFileSync(join(DIR, path), "utf8")) as Json;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Json = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!isObject(node)) return node;
  const out: Json = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closeObjects(value)]));
  // Alongside patternProperties (the language variants, e.g. title_en) this still refuses any other field.
  if (isObject(out.properties) && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** The patched release schema (extensions in `names`), closed against undeclared fields. */
export function releaseSchema(names: readonly string[] = OCDS_EXTENSIONS.map((e) => e.name)): Json {
  const patched = names.reduce<unknown>((schema, name) => mergePatch(schema, read(`extensions/${name}/release-schema.json`)), read("1.1.5/release-schema.json"));
  return closeObjects(patched) as Json;
}

let compiled: { release: (data: unknown) => string[]; releasePackage: (data: unknown) => string[] } | undefined;

export function ocdsValidators() {
  if (compiled) return compiled;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const release = releaseSchema();
  ajv.addSchema(release, "https://standard.open-contracting.org/schema/1__1__5/release-schema.json");
  const pkg = read("1.1.5/release-package-schema.json");
  const validatePackage = ajv.compile(pkg);
  const validateRelease = ajv.getSchema("https://standard.open-contracting.org/schema/1__1__5/release-schema.json")!;
  const errors = (validate: typeof validatePackage) => (data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));
  compiled = { release: errors(validateRelease as typeof validatePackage), releasePackage: errors(validatePackage) };
  return compiled;
}

/** Every empty string in a value (the data review flags them), by path. */
export function emptyStrings(value: unknown, path = "$"): string[] {
  if (typeof value === "string") return value.trim() === "" ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => emptyStrings(item, `${path}[${index}]`));
  if (isObject(value)) return Object.entries(value).flatMap(([key, item]) => emptyStrings(item, `${path}.${key}`));
  return [];
}
