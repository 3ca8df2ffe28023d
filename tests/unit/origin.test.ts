import { describe, expect, it } from "vitest";

import { isForeignOrigin, isJsonContentType, isStateChanging, ownHosts } from "@/lib/security/origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isForeignOrigin", () => {
  const own = ["tiltaksanbud.nav.no", "localhost:3000"];
  it.each([
    [{}, false],
    [{ origin: "https://tiltaksanbud.nav.no" }, false],
    [{ origin: "http://localhost:3000" }, false],
    [{ origin: "https://evil.example" }, true],
    [{ origin: "https://tiltaksanbud.nav.no.evil.example" }, true],
    [{ origin: "http://localhost:3001" }, true],
    [{ origin: "null" }, true],
    [{ origin: "not a url" }, true],
    [{ "sec-fetch-site": "cross-site" }, true],
    [{ "sec-fetch-site": "same-origin", origin: "http://localhost:3000" }, false],
  ])("%j → %s", (values, foreign) => {
    expect(isForeignOrigin(headers(values), own)).toBe(foreign);
  });
});

describe("ownHosts", () => {
  it("takes the host, the first forwarded host and the configured public URL", () => {
    expect(ownHosts(headers({ host: "10.0.0.5:3000", "x-forwarded-host": "tiltaksanbud.nav.no, proxy" }), "https://offentlig.nav.no")).toEqual([
      "10.0.0.5:3000", "tiltaksanbud.nav.no", "offentlig.nav.no",
    ]);
    expect(ownHosts(headers({}), undefined)).toEqual([]);
  });
});

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true], ["application/json; charset=utf-8", true], ["Application/JSON;charset=UTF-8", true],
    ["application/jsonx", false], ["application/json-seq", false], ["text/plain", false], [null, false], ["", false],
  ] as const)("%s → %s", (value, expected) => {
    expect(isJsonContentType(value)).toBe(expected);
  });
});

it("GET, HEAD and OPTIONS change nothing; everything else may", () => {
  expect(["GET", "head", "OPTIONS"].map(isStateChanging)).toEqual([false, false, false]);
  expect(["POST", "PUT", "PATCH", "DELETE"].map(isStateChanging)).toEqual([true, true, true, true]);
});
