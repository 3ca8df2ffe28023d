import { describe, expect, it } from "vitest";

import { nestedFormInput } from "@/lib/mutation/form-input";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe("nestedFormInput", () => {
  it("turns dotted names into objects and arrays, closing gaps in the order shown", () => {
    expect(
      nestedFormInput(form([["title", "T"], ["lots.2.title", "C"], ["lots.0.title", "A"], ["lots.0.places", "5"], ["lots.10.title", "D"], ["$ACTION_ID_x", "1"]])),
    ).toEqual({ title: "T", lots: [{ title: "A", places: "5" }, { title: "C" }, { title: "D" }] });
  });

  it("never writes to the prototype", () => {
    const input = nestedFormInput(form([["__proto__.admin", "1"], ["constructor.prototype.admin", "1"], ["a..b", "1"]]));
    expect(input).toEqual({});
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
