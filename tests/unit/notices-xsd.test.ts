import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { XMLValidationResult } from "xmllint-wasm";
import { beforeAll, describe, expect, it } from "vitest";

import { contractNoticeXml, type NoticeTender } from "@/lib/notices";

import { EFORMS_SDK_DIR, validateContractNotices } from "../helpers/eforms-xsd";
import { partIJobbklubb, partIiiOppfolging, partIvAvklaring, reservedResultsBasedMunicipalities } from "../helpers/notice-fixtures";

/** Every notice we export, in every variant the mapping branches on. */
const NOTICES: Record<string, NoticeTender> = {
  "part-iv-avklaring": partIvAvklaring(),
  "part-iii-oppfolging": partIiiOppfolging(),
  "part-i-jobbklubb": partIJobbklubb(),
  "part-ii-restricted": partIJobbklubb({ regime: "PART_II", procedure: "RESTRICTED", reservation: "NONE" }),
  "part-iv-all-reserved-work-inclusion": partIvAvklaring({ reservation: "WORK_INCLUSION", lots: [{ number: 1, title: "Hele Oslo", places: 80 }] }),
  "part-iii-negotiated": partIiiOppfolging({ procedure: "NEGOTIATED_WITH_NOTICE", questionDeadline: new Date("2025-11-20T11:00:00Z") }),
  "part-iii-dialogue": partIiiOppfolging({ procedure: "COMPETITIVE_DIALOGUE" }),
  // Issue 9 points 3–5: lots over chosen municipalities (one place of performance each), a work-inclusion lot with its
  // own basis, an ideal lot, and a results-based price split in the financial terms (BT-77).
  "part-iv-reserved-results-based-municipalities": reservedResultsBasedMunicipalities(),
  "part-iv-innovation": partIvAvklaring({ procedure: "INNOVATION_PARTNERSHIP", notice: { id: "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", version: 3, issuedAt: new Date("2025-06-30T22:30:00Z"), language: "ENG" } }),
};

const docs = Object.entries(NOTICES).map(([name, tender]) => ({ fileName: `${name}.xml`, xml: contractNoticeXml(tender) }));

describe("exported contract notices validate against the eForms SDK 1.14.2 XSDs", () => {
  let result: XMLValidationResult;
  let ms = 0;

  beforeAll(async () => {
    const started = performance.now();
    result = await validateContractNotices(docs);
    ms = performance.now() - started;
  });

  it.each(docs.map((d) => d.fileName))("%s", (fileName) => {
    expect(result.errors.filter((e) => e.loc?.fileName === fileName || !e.loc).map((e) => e.rawMessage)).toEqual([]);
    expect(result.rawOutput).toContain(`${fileName} validates`);
  });

  it("all of them in one xmllint run, fast enough for the unit suite", () => {
    expect(result.valid).toBe(true);
    expect(ms).toBeLessThan(5_000);
  });
});

describe("the validator bites", () => {
  it("accepts the SDK's own light-regime example", async () => {
    const xml = readFileSync(join(EFORMS_SDK_DIR, "examples", "cn-social_24.xml"), "utf8");
    expect((await validateContractNotices([{ fileName: "cn-social_24.xml", xml }])).valid).toBe(true);
  });

  it("rejects a notice with its elements out of order or with an unknown element", async () => {
    const [first] = docs;
    const swapped = first!.xml.replace(/(<cbc:UBLVersionID>[^<]*<\/cbc:UBLVersionID>)(\s*)(<cbc:CustomizationID>[^<]*<\/cbc:CustomizationID>)/, "$3$2$1");
    const unknown = first!.xml.replace("<cbc:NoticeLanguageCode>", "<cbc:Unknown>x</cbc:Unknown><cbc:NoticeLanguageCode>");
    expect(swapped).not.toBe(first!.xml);
    const result = await validateContractNotices([
      { fileName: "swapped.xml", xml: swapped },
      { fileName: "unknown.xml", xml: unknown },
    ]);
    expect(result.valid).toBe(false);
    expect(result.rawOutput).toContain("swapped.xml fails to validate");
    expect(result.rawOutput).toContain("unknown.xml fails to validate");
  });
});
