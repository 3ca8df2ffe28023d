import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { validateXML, type XMLFileInfo, type XMLValidationResult } from "xmllint-wasm";

import { REPO_ROOT } from "./source-files";

/** The official eForms SDK 1.14.2 XSDs, vendored in vendor/eforms-sdk-1.14.2 (see its README). */
export const EFORMS_SDK_DIR = join(REPO_ROOT, "vendor", "eforms-sdk-1.14.2");
const SCHEMAS_DIR = join(EFORMS_SDK_DIR, "schemas");

type Schemas = { main: XMLFileInfo; common: XMLFileInfo[] };
const cache = new Map<string, Schemas>();

/** Reads the main document schema and every common module once per test process. */
function schemas(mainDoc: string): Schemas {
  let loaded = cache.get(mainDoc);
  if (!loaded) {
    const file = (path: string): XMLFileInfo => ({ fileName: path, contents: readFileSync(join(SCHEMAS_DIR, path), "utf8") });
    const common = readdirSync(join(SCHEMAS_DIR, "common")).filter((name) => name.endsWith(".xsd")).map((name) => file(`common/${name}`));
    loaded = { main: file(`maindoc/${mainDoc}`), common };
    cache.set(mainDoc, loaded);
  }
  return loaded;
}

/**
 * Validates documents against UBL-ContractNotice-2.3.xsd (imports resolved through `preload` under their relative
 * paths). Several documents go in one xmllint run: one worker start and one schema compile for all of them.
 */
export async function validateContractNotices(documents: { fileName: string; xml: string }[]): Promise<XMLValidationResult> {
  const { main, common } = schemas("UBL-ContractNotice-2.3.xsd");
  return validateXML({ xml: documents.map((d) => ({ fileName: d.fileName, contents: d.xml })), schema: [main], preload: common });
}

/** The same against UBL-PriorInformationNotice-2.3.xsd: the market dialogue's E1 notices. */
export async function validatePriorInformationNotices(documents: { fileName: string; xml: string }[]): Promise<XMLValidationResult> {
  const { main, common } = schemas("UBL-PriorInformationNotice-2.3.xsd");
  return validateXML({ xml: documents.map((d) => ({ fileName: d.fileName, contents: d.xml })), schema: [main], preload: common });
}

/** The same against UBL-ContractAwardNotice-2.3.xsd: contract-award notices (33 / 29 / E4). */
export async function validateContractAwardNotices(documents: { fileName: string; xml: string }[]): Promise<XMLValidationResult> {
  const { main, common } = schemas("UBL-ContractAwardNotice-2.3.xsd");
  return validateXML({ xml: documents.map((d) => ({ fileName: d.fileName, contents: d.xml })), schema: [main], preload: common });
}
