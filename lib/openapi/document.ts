import { z } from "zod";

import { HISTORY_PARAMS, HISTORY_SORTS } from "@/lib/history/filter";
import { ZPublishedDialogueListInput } from "@/lib/dialogues/queries/published-dialogues";
import { ZReleaseListInput } from "@/lib/ocds/queries/open-data";
import { ZAskQuestionInput } from "@/lib/tenders/question-schemas";
import { ZPublishedListInput } from "@/lib/tenders/queries/published-tender";
import { ZCreateUserInput } from "@/lib/users/schemas";

import {
  ZDialoguePage, ZDocumentList, ZNoticeJson, ZProblem, ZPublicDialogue, ZPublicDocument, ZPublicTender, ZQuestionAsked, ZTenderPage, ZUploadedDocument, ZUserCreated,
} from "./responses";
import { BID_COMPONENTS, ZApiBidDetail, ZApiBidList, ZApiBidReceipt, ZApiBidSubmission, ZApiBidWithdrawal, ZApiSubmitBidBody } from "./bid-responses";

/*
 * The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the endpoints parse with (inputs) and the
 * response schemas the tests hold the endpoints to. OpenAPI 3.1's schema dialect is JSON Schema 2020-12, which is
 * what zod 4's z.toJSONSchema writes. Schemas with a `.meta({ id })` become components, referenced by $ref.
 */

type JsonSchema = Record<string, unknown>;
type Component = z.ZodType & { meta(): { id?: string } | undefined };

const COMPONENTS: readonly Component[] = [ZProblem, ZPublicTender, ZTenderPage, ZPublicDialogue, ZDialoguePage, ZPublicDocument, ZDocumentList, ZUploadedDocument, ZNoticeJson, ZQuestionAsked, ZUserCreated, ...BID_COMPONENTS];
const OPTIONS = { target: "draft-2020-12", unrepresentable: "any" } as const;

/** The response schemas as components, referring to each other by $ref (zod's multi-schema output). */
function componentSchemas(): { schemas: Record<string, JsonSchema>; refs: Map<z.ZodType, string> } {
  const registry = z.registry<{ id: string }>();
  const refs = new Map<z.ZodType, string>();
  for (const type of COMPONENTS) {
    const id = type.meta()?.id;
    if (!id) throw new Error("a component schema needs .meta({ id })");
    registry.add(type, { id });
    refs.set(type, `#/components/schemas/${id}`);
  }
  const { schemas } = z.toJSONSchema(registry, { ...OPTIONS, uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonSchema> };
  // A schema with a global .meta({ id }) that is not listed above would land in zod's "__shared" file: list it.
  if ("__shared" in schemas) throw new Error(`list every schema with an id in COMPONENTS: ${Object.keys((schemas.__shared as { $defs?: object }).$defs ?? {}).join(", ")}`);
  for (const json of Object.values(schemas)) {
    delete json.$schema;
    // zod names each schema by its uri in $id; a component's place in the document already names it.
    delete json.$id;
  }
  return { schemas, refs };
}

let refs = new Map<z.ZodType, string>();

/** A component by $ref, or an input schema inline (as the client sends it: io "input"). */
function schema(type: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const ref = refs.get(type);
  if (ref) return { $ref: ref };
  const json = z.toJSONSchema(type, { ...OPTIONS, io }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** Query-string parameters from an input schema's properties (every query value is a string on the wire). */
function queryParameters(input: z.ZodObject): JsonSchema[] {
  const json = schema(input, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name, in: "query", required: json.required?.includes(name) ?? false, schema: property, ...(property.description ? { description: property.description } : {}),
  }));
}

const pathParameter = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string", minLength: 1, maxLength: 64 } });
const json = (type: z.ZodType, description: string) => ({ description, content: { "application/json": { schema: schema(type) } } });
const problems = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/Problem${status}` }]));
const PROBLEM_TEXT: Record<number, string> = {
  400: "Invalid input: malformed JSON, wrong types, failed validation (type urn:tiltaksanbud:problem:validation)",
  401: "No, an unknown or a revoked API token (urn:tiltaksanbud:problem:unauthenticated)",
  403: "Not allowed, e.g. another organisation's resource (urn:tiltaksanbud:problem:forbidden)",
  404: "Unknown id, or not published (urn:tiltaksanbud:problem:not-found)",
  405: "Method not allowed (urn:tiltaksanbud:problem:method-not-allowed)",
  409: "Conflict with the competition's state, a deadline that has passed (detail gives it in Oslo time), or an Idempotency-Key reused for another request (urn:tiltaksanbud:problem:invalid-state / deadline-passed / conflict)",
  413: "Body too large (urn:tiltaksanbud:problem:too-large)",
  422: "Past a deadline (urn:tiltaksanbud:problem:deadline-passed)",
};
const id = pathParameter("id", "The competition's id");
const documentId = pathParameter("documentId", "The document's id");
const dialogueId = pathParameter("id", "The market dialogue's id");
const file = (description: string) => ({ description, content: { "application/octet-stream": { schema: { type: "string", contentMediaType: "application/octet-stream" } } } });
/** An OCDS package: its schema is the standard's (with the declared extensions), referred to rather than copied. */
const ocds = (description: string, schemaUrl: string) => ({ description, content: { "application/json": { schema: { type: "object", description: `See ${schemaUrl}` } } } });
const xml = { description: "eForms UBL XML", content: { "application/xml": { schema: { type: "string" } } } };

const idempotencyKey = {
  name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", minLength: 8, maxLength: 200 },
  description: "Makes a retry safe: the same key with the same request returns the first answer (`replayed: true`, header `Idempotent-Replayed`) and creates no new version — also when two arrive at once. The same key with another request is 409 (urn:tiltaksanbud:problem:conflict). Keys are per organisation and operation.",
};
const bidId = pathParameter("id", "The bid's id (one per lot of a competition)");
const deadlineProblem = {
  description: PROBLEM_TEXT[409],
  content: {
    "application/problem+json": {
      schema: { $ref: "#/components/schemas/Problem" },
      examples: {
        deadline: { summary: "After the deadline: nothing is stored", value: { type: "urn:tiltaksanbud:problem:deadline-passed", title: "Fristen har gått ut.", status: 409, code: "DEADLINE_PASSED", detail: "Tilbudsfristen gikk ut 10.09.2026 12:00. Tilbudet er ikke mottatt, og ingenting er lagret.", instance: "/api/v1/tenders/cmtender1/bids" } },
        reused: { summary: "Idempotency-Key reused for another request", value: { type: "urn:tiltaksanbud:problem:conflict", title: "Noen andre har endret dette samtidig. Last siden på nytt.", status: 409, code: "CONFLICT", detail: "Dette skjemaet er allerede sendt inn med annet innhold. Last siden på nytt og prøv igjen." } },
      },
    },
  },
};

/** The bid endpoints (app/api/v1/tenders/[id]/bids, app/api/v1/bids/…): API token, the organisation's own bids only. */
function bidPaths(): Record<string, JsonSchema> {
  const bearer = [{ bearer: [] }];
  const multipart = {
    type: "object", required: ["bid"],
    properties: { bid: { ...schema(ZApiSubmitBidBody, "input"), description: "The bid as JSON (as for application/json; documents may be left out)" }, documents: { type: "array", items: { type: "string", contentMediaType: "application/octet-stream" }, description: "The files: any part with a filename is a document" } },
  };
  return {
    "/api/v1/tenders/{id}/bids": {
      post: {
        tags: ["Bids"], operationId: "submitBid", summary: "Submit the organisation's bid, or revise it by submitting again (before the deadline)", security: bearer, parameters: [id, idempotencyKey],
        description: "Judged against the competition's own lots, price structure, quality criteria, requirements and ESPD exclusion grounds (field errors in `errors`); reserved lots need verified eligibility (403). Documents are checked as in the portal: type sniffed from the bytes, name sanitised, size limits. The deadline is judged by the server's clock in the write itself. A revision is a new version; the old one is kept for the protocol.",
        requestBody: { required: true, content: { "application/json": { schema: schema(ZApiSubmitBidBody, "input") }, "multipart/form-data": { schema: multipart, encoding: { bid: { contentType: "application/json" } } } } },
        responses: { "201": { ...json(ZApiBidSubmission, "Submitted: the receipt (also for an idempotent repeat)"), headers: { Location: { schema: { type: "string" }, description: "The first lot's bid" } } }, ...problems(400, 401, 403, 404), "409": deadlineProblem, ...problems(413) },
      },
    },
    "/api/v1/bids": {
      get: {
        tags: ["Bids"], operationId: "listBids", summary: "The organisation's bids (the token's organisation)", security: bearer,
        parameters: [{ name: "tenderId", in: "query", required: false, description: "Only bids on this competition", schema: { type: "string", minLength: 1, maxLength: 64 } }],
        responses: { "200": json(ZApiBidList, "The bids, latest change first"), ...problems(400, 401) },
      },
    },
    "/api/v1/bids/{id}": {
      get: { tags: ["Bids"], operationId: "getBid", summary: "One of the organisation's bids, with its versions", security: bearer, parameters: [bidId], responses: { "200": json(ZApiBidDetail, "The bid"), ...problems(401, 404) } },
    },
    "/api/v1/bids/{id}/withdraw": {
      post: {
        tags: ["Bids"], operationId: "withdrawBid", summary: "Withdraw the organisation's bid on that competition (every lot), before the deadline", security: bearer, parameters: [bidId, idempotencyKey],
        description: "No body is needed. The bid is kept, marked withdrawn, and may be submitted again before the deadline.",
        responses: { "200": json(ZApiBidWithdrawal, "Withdrawn"), ...problems(400, 401, 404), "409": deadlineProblem },
      },
    },
    "/api/v1/bids/{id}/receipt": {
      get: { tags: ["Bids"], operationId: "getBidReceipt", summary: "The receipt of the bid's latest submission (recomputable SHA-256)", security: bearer, parameters: [bidId], responses: { "200": json(ZApiBidReceipt, "The receipt"), ...problems(401, 404) } },
    },
  };
}

export function openApiDocument(serverUrl = "/"): JsonSchema {
  const generated = componentSchemas();
  refs = generated.refs;
  const components = generated.schemas;
  const publicRead = { security: [] as unknown[] };
  return {
    openapi: "3.1.1",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Tiltaksanbud API",
      version: "1.0.0",
      summary: "Open data on NAV's tenders for labour-market measures, and the supplier API",
      description:
        "Public reads need no log-in. A supplier's own systems act with an organisation's API token (`Authorization: Bearer tab_…`), created by the organisation's administrator in the supplier portal. Every error is RFC 9457 `application/problem+json` with a stable `type` per error code.",
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: "Tenders", description: "Published competitions (open data)" },
      { name: "Documents", description: "A competition's documents" },
      { name: "Questions", description: "Suppliers' questions (API token)" },
      { name: "Bids", description: "The organisation's own bids (API token): submit, revise, withdraw, receipts. Sealed: no authority user can read them before opening" },
      { name: "Market dialogues", description: "Published market dialogues (open data)" },
      { name: "Open contracting (OCDS)", description: "Every published event as Open Contracting Data Standard 1.1.5 releases and records, with the lots, bid statistics, award criteria and other requirements extensions" },
      { name: "Administration", description: "For the authority's users (session)" },
      { name: "Meta", description: "This description" },
    ],
    paths: {
      "/api/v1/tenders": {
        get: { tags: ["Tenders"], operationId: "listTenders", summary: "Competitions open for bids", ...publicRead, parameters: queryParameters(ZPublishedListInput), responses: { "200": json(ZTenderPage, "A page of competitions, soonest deadline first"), ...problems(400) } },
      },
      "/api/v1/tenders/{id}": {
        get: { tags: ["Tenders"], operationId: "getTender", summary: "One published competition", ...publicRead, parameters: [id], responses: { "200": json(ZPublicTender, "The competition"), ...problems(404) } },
      },
      "/api/v1/tenders/{id}/notice.xml": {
        get: { tags: ["Tenders"], operationId: "getTenderNoticeXml", summary: "The contract notice as eForms UBL XML", ...publicRead, parameters: [id], responses: { "200": xml, ...problems(404) } },
      },
      "/api/v1/tenders/{id}/award-notice.xml": {
        get: { tags: ["Tenders"], operationId: "getTenderAwardNoticeXml", summary: "The contract-award notice as eForms UBL XML (subtype 33 / 29 / E4): winners, values, bids received, award criteria; 404 until the contract is concluded", ...publicRead, parameters: [id], responses: { "200": xml, ...problems(404) } },
      },
      "/api/v1/tenders/{id}/notice.json": {
        get: { tags: ["Tenders"], operationId: "getTenderNoticeJson", summary: "The contract notice as readable JSON, with change history and Q&A", ...publicRead, parameters: [id], responses: { "200": json(ZNoticeJson, "The notice's business terms"), ...problems(404) } },
      },
      "/api/v1/tenders/{id}/documents": {
        get: { tags: ["Documents"], operationId: "listTenderDocuments", summary: "A published competition's documents (current versions)", ...publicRead, parameters: [id], responses: { "200": json(ZDocumentList, "The documents"), ...problems(404) } },
        post: {
          tags: ["Documents"], operationId: "uploadTenderDocument", summary: "Upload a document or a new version (the region's officers)", security: [{ session: [] }], parameters: [id],
          requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", contentMediaType: "application/octet-stream" }, title: { type: "string", maxLength: 200 }, documentId: { type: "string" } } } } } },
          responses: { "201": json(ZUploadedDocument, "The stored version"), ...problems(400, 401, 403, 404, 409, 413) },
        },
      },
      "/api/v1/tenders/{id}/documents/{documentId}": {
        get: { tags: ["Documents"], operationId: "getTenderDocument", summary: "The current version's file (ETag = SHA-256)", ...publicRead, parameters: [id, documentId], responses: { "200": file("The file, with its sniffed Content-Type and Repr-Digest"), "304": { description: "Not modified (If-None-Match)" }, ...problems(404) } },
      },
      "/api/v1/tenders/{id}/documents/{documentId}/versions/{number}": {
        get: {
          tags: ["Documents"], operationId: "getTenderDocumentVersion", summary: "Any version's file (those who may read the competition)", security: [{ session: [] }],
          parameters: [id, documentId, { name: "number", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
          responses: { "200": file("The file"), "304": { description: "Not modified" }, ...problems(401, 403, 404) },
        },
      },
      "/api/v1/tenders/{id}/questions": {
        post: {
          tags: ["Questions"], operationId: "askQuestion", summary: "Ask a question on an announced competition, before the question deadline", security: [{ bearer: [] }, { session: [] }], parameters: [id],
          requestBody: { required: true, content: { "application/json": { schema: schema(ZAskQuestionInput.omit({ tenderId: true }), "input") } } },
          responses: { "201": json(ZQuestionAsked, "The question is sent to the competition's officers; it is published anonymised with its answer"), ...problems(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      ...bidPaths(),
      "/api/v1/dialogues": {
        get: { tags: ["Market dialogues"], operationId: "listDialogues", summary: "Published market dialogues, open ones first", ...publicRead, parameters: queryParameters(ZPublishedDialogueListInput), responses: { "200": json(ZDialoguePage, "A page of market dialogues"), ...problems(400) } },
      },
      "/api/v1/dialogues/{id}": {
        get: { tags: ["Market dialogues"], operationId: "getDialogue", summary: "One published market dialogue", ...publicRead, parameters: [dialogueId], responses: { "200": json(ZPublicDialogue, "The market dialogue"), ...problems(404) } },
      },
      "/api/v1/dialogues/{id}/notice.xml": {
        get: { tags: ["Market dialogues"], operationId: "getDialogueNoticeXml", summary: "The prior-information notice (E1) as eForms UBL XML", ...publicRead, parameters: [dialogueId], responses: { "200": xml, ...problems(404) } },
      },
      "/api/v1/dialogues/{id}/notice.json": {
        get: { tags: ["Market dialogues"], operationId: "getDialogueNoticeJson", summary: "The E1 notice as readable JSON", ...publicRead, parameters: [dialogueId], responses: { "200": json(ZNoticeJson, "The notice's business terms"), ...problems(404) } },
      },
      "/api/v1/ocds/releases": {
        get: {
          tags: ["Open contracting (OCDS)"], operationId: "listOcdsReleases", summary: "OCDS release package: one release per published event, oldest first", ...publicRead,
          description: "Planning (a market dialogue), tender, tender amendment, award (once sent to the bidders), contract and cancellation releases. The next page is in the `Link` header (rel=\"next\"): the same query with the opaque `after` cursor of the page's last release, so every page costs the same however deep. A page with no release answers 404 (a release package holds at least one).",
          parameters: queryParameters(ZReleaseListInput),
          responses: { "200": ocds("An OCDS 1.1.5 release package", "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json"), ...problems(400, 404) },
        },
      },
      "/api/v1/ocds/records/{ocid}": {
        get: {
          tags: ["Open contracting (OCDS)"], operationId: "getOcdsRecord", summary: "OCDS record package of one contracting process, with its compiled release", ...publicRead,
          parameters: [{ name: "ocid", in: "path", required: true, description: "The process's ocid (the configured prefix and the process id)", schema: { type: "string", minLength: 1, maxLength: 120 } }],
          responses: { "200": ocds("An OCDS 1.1.5 record package", "https://standard.open-contracting.org/schema/1__1__5/record-package-schema.json"), ...problems(404) },
        },
      },
      "/api/v1/suppliers/{id}/documents": {
        post: {
          tags: ["Suppliers"], operationId: "uploadSupplierDocument", summary: "Upload eligibility documentation (statutes, ownership) — the organisation's administrator", security: [{ session: [] }],
          parameters: [{ name: "id", in: "path", required: true, description: "The supplier organisation's id", schema: { type: "string" } }],
          requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", contentMediaType: "application/octet-stream" }, title: { type: "string", maxLength: 200 } } } } } },
          responses: { "201": { description: "The stored document" }, ...problems(400, 401, 403, 404, 413) },
        },
      },
      "/api/v1/suppliers/{id}/documents/{documentId}": {
        get: {
          tags: ["Suppliers"], operationId: "getSupplierDocument", summary: "One eligibility document's file (the organisation's own users)", security: [{ session: [] }],
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, { name: "documentId", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": file("The file"), ...problems(401, 403, 404) },
        },
      },
      "/api/v1/history/export": {
        get: {
          tags: ["Administration"], operationId: "exportAwardHistory", security: [{ session: [] }],
          summary: "The award history as CSV (UTF-8 with BOM), streamed: managers for their regions or nationally, officers for their own regions",
          description: "The history page's filter and sort: region and measureType (codes), supplier (name or orgnr), supplierKind, procedure, reserved=true|false, status, from/to (the award decision's Oslo day, dd.MM.yyyy or yyyy-MM-dd), minValue/maxValue (NOK), q (free text), sort, dir=asc|desc. format=nb gives semicolons, decimal commas and dd.MM.yyyy; iso gives commas, decimal points and yyyy-MM-dd.",
          parameters: [
            ...HISTORY_PARAMS.filter((name) => name !== "page" && name !== "size").map((name) => ({
              name, in: "query", required: false,
              schema: name === "sort" ? { type: "string", enum: [...HISTORY_SORTS] } : name === "dir" ? { type: "string", enum: ["asc", "desc"] } : { type: "string", maxLength: 100 },
            })),
            { name: "format", in: "query", required: false, schema: { type: "string", enum: ["nb", "iso"], default: "nb" } },
          ],
          responses: { "200": { description: "The rows, one line each, with a translated header", content: { "text/csv": { schema: { type: "string" } } } }, ...problems(400, 401, 403) },
        },
      },
      "/api/v1/admin/suppliers/{id}/documents/{documentId}": {
        get: {
          tags: ["Administration"], operationId: "getSupplierDocumentForAdmin", summary: "An organisation's eligibility document, for the ADMIN who verifies it", security: [{ session: [] }],
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, { name: "documentId", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": file("The file"), ...problems(401, 403, 404) },
        },
      },
      "/api/v1/admin/users": {
        post: {
          tags: ["Administration"], operationId: "createUser", summary: "Create a user with a first role (ADMIN)", security: [{ session: [] }],
          requestBody: { required: true, content: { "application/json": { schema: schema(ZCreateUserInput, "input") } } },
          responses: { "201": json(ZUserCreated, "The user"), ...problems(400, 401, 403, 409, 413) },
        },
      },
      "/api/v1/openapi.json": {
        get: { tags: ["Meta"], operationId: "getOpenApi", summary: "This description (OpenAPI 3.1)", ...publicRead, responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } } },
      },
    },
    components: {
      schemas: components,
      responses: Object.fromEntries(
        Object.entries(PROBLEM_TEXT).map(([status, description]) => [`Problem${status}`, { description, content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } }]),
      ),
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", bearerFormat: "tab_ + 43 base64url characters", description: "An organisation's API token (supplier portal → API tokens); shown once at creation" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "A signed-in user's session (the web app)" },
      },
    },
  };
}
