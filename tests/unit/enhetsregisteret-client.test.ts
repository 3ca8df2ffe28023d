import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { brregClient } from "@/lib/suppliers/registry";
import { fixtureLookup } from "@/lib/suppliers/registry/fixture";
import { FIXTURE_DELETED_ORGANISATION, FIXTURE_NEW_ORGANISATIONS } from "@/lib/suppliers/registry";

// The documented response shapes of GET /enhetsregisteret/api/enheter/{orgnr} (data.brreg.no).
const FOUND = {
  organisasjonsnummer: "974760673",
  navn: "REGISTERENHETEN I BRØNNØYSUND",
  organisasjonsform: { kode: "ORGL", beskrivelse: "Organisasjonsledd", _links: { self: { href: "https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/ORGL" } } },
  forretningsadresse: { land: "Norge", landkode: "NO", postnummer: "8900", poststed: "BRØNNØYSUND", adresse: ["Havnegata 48"], kommune: "BRØNNØY", kommunenummer: "1813" },
  registreringsdatoEnhetsregisteret: "1995-08-09",
  _links: { self: { href: "https://data.brreg.no/enhetsregisteret/api/enheter/974760673" } },
};
const DELETED_200 = { ...FOUND, organisasjonsnummer: "912868222", navn: "SLETTET AS", slettedato: "2023-05-02" };
const GONE_410 = { organisasjonsnummer: "889640782", slettedato: "2020-01-15", respons_klasse: "SlettetEnhet" };
const NOT_FOUND_404 = { timestamp: 1700000000000, status: 404, error: "Not Found", message: "Ingen enhet med organisasjonsnummer 123456785 ble funnet", path: "/enhetsregisteret/api/enheter/123456785" };

let server: Server;
let baseUrl: string;
const seen: { url: string; accept: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url ?? "", accept: request.headers.accept });
    const orgnr = (request.url ?? "").split("/").pop();
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    switch (orgnr) {
      case "974760673": return json(200, FOUND);
      case "912868222": return json(200, DELETED_200);
      case "889640782": return json(410, GONE_410);
      case "123456785": return json(404, NOT_FOUND_404);
      case "300000005": return json(503, { error: "Service Unavailable" });
      case "300000013": return void response.writeHead(200, { "content-type": "application/json" }).end("{not json");
      case "300000021": return; // never answers: the timeout decides
      default: return json(500, {});
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/enhetsregisteret/api`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("brregClient (the real Enhetsregisteret client, against a local server)", () => {
  const client = () => brregClient({ baseUrl, timeoutMs: 300 });

  it("found: name, organisasjonsform and forretningsadresse, asked for as JSON at /enheter/{orgnr}", async () => {
    expect(await client()("974760673")).toEqual({
      status: "found",
      organisation: {
        orgnr: "974760673", name: "REGISTERENHETEN I BRØNNØYSUND", organisationForm: { code: "ORGL", description: "Organisasjonsledd" },
        address: { street: "Havnegata 48", postalCode: "8900", postalPlace: "BRØNNØYSUND", municipalityNumber: "1813" }, deletedOn: null,
      },
    });
    expect(seen.at(-1)).toEqual({ url: "/enhetsregisteret/api/enheter/974760673", accept: "application/json" });
  });

  it("deleted: a 200 with slettedato, and a 410 Gone (SlettetEnhet)", async () => {
    expect(await client()("912868222")).toMatchObject({ status: "deleted", organisation: { name: "SLETTET AS", deletedOn: "2023-05-02" } });
    expect(await client()("889640782")).toMatchObject({ status: "deleted", organisation: { orgnr: "889640782", deletedOn: "2020-01-15" } });
  });

  it("404 → not found", async () => {
    expect(await client()("123456785")).toEqual({ status: "not_found" });
  });

  it("5xx and an unreadable body → unavailable (never a throw)", async () => {
    expect(await client()("300000005")).toEqual({ status: "unavailable", reason: "error" });
    expect(await client()("300000013")).toEqual({ status: "unavailable", reason: "error" });
  });

  it("no answer within the timeout → unavailable (timeout), promptly", async () => {
    const started = performance.now();
    expect(await client()("300000021")).toEqual({ status: "unavailable", reason: "timeout" });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("a server that is not there → unavailable (error)", async () => {
    expect(await brregClient({ baseUrl: "http://127.0.0.1:9/api", timeoutMs: 500 })("974760673")).toEqual({ status: "unavailable", reason: "error" });
  });
});

describe("fixtureLookup (demo and tests)", () => {
  it("answers the fixture's new organisations, the deleted one and nothing else", async () => {
    expect(await fixtureLookup(FIXTURE_NEW_ORGANISATIONS[0]!.orgnr)).toMatchObject({ status: "found", organisation: { name: "NYE SPOR OPPFØLGING AS" } });
    expect(await fixtureLookup(FIXTURE_DELETED_ORGANISATION.orgnr)).toMatchObject({ status: "deleted" });
    expect(await fixtureLookup("974760673")).toMatchObject({ status: "found", organisation: { name: "REGISTERENHETEN I BRØNNØYSUND" } });
    expect(await fixtureLookup("123456785")).toEqual({ status: "not_found" });
  });
});
