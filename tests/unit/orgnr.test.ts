import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatOrgnr, isValidOrgnr, normalizeOrgnr, orgnrCheckDigit } from "@/lib/suppliers/orgnr";

describe("orgnr (MOD11, weights 3,2,7,6,5,4,3,2)", () => {
  it.each([
    ["123456785", true],
    ["123456789", false],
    ["889640782", true],
    ["912868222", true],
    ["974760673", true],
    ["912 868 222", true],
    ["12345678", false],
    ["1234567855", false],
    ["12345678a", false],
    ["", false],
  ])("isValidOrgnr(%j) is %s", (input, expected) => {
    expect(isValidOrgnr(input)).toBe(expected);
  });

  it("normalizes spaces away and returns null for invalid input", () => {
    expect(normalizeOrgnr(" 912 868 222 ")).toBe("912868222");
    expect(normalizeOrgnr("123456789")).toBeNull();
  });

  it("computes the check digit of the worked example (sum 138, r 6, k 5)", () => {
    expect(orgnrCheckDigit("12345678")).toBe(5);
  });

  it("maps k = 11 to 0 and has no check digit for k = 10", () => {
    expect(orgnrCheckDigit("00000000")).toBe(0);
    // sum 6·2 = 12, r = 1 → k = 10
    expect(orgnrCheckDigit("00000006")).toBeNull();
    expect(orgnrCheckDigit("1234567")).toBeNull();
  });

  it("validates every number built from orgnrCheckDigit and rejects every other last digit", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), (first8) => {
        const check = orgnrCheckDigit(first8);
        for (let d = 0; d <= 9; d++) {
          expect(isValidOrgnr(`${first8}${d}`)).toBe(check === d);
        }
      }),
    );
  });
});

describe("formatOrgnr", () => {
  it("groups nine digits in threes and leaves anything else alone", () => {
    expect(formatOrgnr("974760673")).toBe("974 760 673");
    expect(formatOrgnr("12345")).toBe("12345");
  });
});
