import { describe, expect, it } from "vitest";

import { formatNok, oreToMoney, parseNokToOre } from "@/lib/money";

describe("parseNokToOre", () => {
  it.each([
    ["1250000", 125_000_000n], ["1 250 000", 125_000_000n], ["1\u00a0250\u00a0000", 125_000_000n], ["1.250.000", 125_000_000n],
    ["1250000,50", 125_000_050n], ["1 250 000.5", 125_000_050n], ["kr 7 800 000", 780_000_000n], ["0", 0n],
    ["99999999999999", 9_999_999_999_999_900n],
  ])("%j → %s øre", (input, ore) => {
    expect(parseNokToOre(input)).toBe(ore);
  });

  it.each(["", "abc", "1,2,3", "12 34", "-5", "1.5e6", "1,234", "1 25 000"])("refuses %j", (input) => {
    expect(parseNokToOre(input)).toBeNull();
  });
});

it("øre become exact NOK strings and readable amounts", () => {
  expect(oreToMoney(125_000_050n)).toBe("1250000.50");
  expect(oreToMoney(9_007_199_254_740_993n)).toBe("90071992547409.93");
  expect(formatNok(780_000_000n, "nb")).toMatch(/^7\s800\s000\skr$/);
  expect(formatNok(125_000_050n, "en")).toMatch(/^NOK\s1,250,000\.50$/);
  expect(formatNok(900_719_925_474_099_301n, "nb")).toMatch(/^9\s007\s199\s254\s740\s993,01\skr$/);
});
