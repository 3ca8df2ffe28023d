import { z } from "zod";

import { ZBidContentShape } from "@/lib/bids/content";
import { ZSubmitBidInput } from "@/lib/bids/schemas";

/*
 * The bid endpoints' request and answer shapes (REST API v1). The request is the submitBid command's own schema with
 * the API's document form; the answers are what the routes send — the integration test parses real answers with
 * these, so the OpenAPI document cannot drift from the endpoints.
 */

const instant = () => z.iso.datetime({ offset: true }).describe("An instant, ISO 8601 in UTC");
const sha256 = () => z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256, lower-case hex");

/** A document inside a JSON submission. */
export const ZApiBidDocument = z.object({
  filename: z.string().min(1).max(500).describe("Shown sanitised on the receipt; its extension must match the bytes"),
  contentType: z.string().max(200).optional().describe("Checked against the type sniffed from the bytes"),
  contentBase64: z.string().min(1).describe("The file's bytes, base64 (RFC 4648 §4, padded)"),
});

/** POST /api/v1/tenders/{id}/bids as JSON: the command's input (lib/bids/schemas) with base64 documents. */
export const ZApiSubmitBidBody = ZSubmitBidInput.pick({ supplierId: true })
  .extend(ZBidContentShape.shape)
  .extend({ documents: z.array(ZApiBidDocument).max(50).optional().describe("PDF, DOCX, XLSX or ODT; 25 MB a file, 100 MB a bid by default") })
  .meta({
    examples: [{
      lots: [{ lotId: "cmlot1", selected: true, price: "19 800" }],
      quality: [{ criterionId: "cmcrit1", answer: "Tett individuell oppfølging …" }],
      requirements: [{ requirementId: "cmreq1", met: true, comment: "" }],
      exclusions: [{ code: "crime-org", applies: false, comment: "" }],
      documents: [{ filename: "Tilbudsbrev.pdf", contentType: "application/pdf", contentBase64: "JVBERi0xLjQKJSVFT0YK" }],
    }],
  });

const ZBidLot = z.object({ id: z.string(), number: z.number().int(), title: z.string() });

export const ZApiBid = z
  .object({
    id: z.string(),
    href: z.string(),
    tenderId: z.string(),
    tenderReference: z.string(),
    tenderTitle: z.string(),
    deadline: instant().nullable(),
    lot: ZBidLot,
    status: z.enum(["DRAFT", "SUBMITTED", "WITHDRAWN", "LATE_REJECTED", "OPENED", "REJECTED", "QUALIFIED", "EVALUATED", "AWARDED", "NOT_AWARDED"]).describe("WITHDRAWN bids may be submitted again before the deadline"),
    version: z.number().int().describe("The number of the latest submission (receipt) for this lot; 0 = none"),
    submittedAt: instant().nullable(),
    withdrawnAt: instant().nullable(),
    receiptHref: z.string().nullable().describe("The latest submission's receipt"),
  })
  .meta({ id: "Bid", description: "One of the organisation's bids: one per lot of a competition. Never its content." });

export const ZApiBidList = z.object({ items: z.array(ZApiBid) }).meta({ id: "BidList" });

const ZReceiptDocument = z.object({ filename: z.string(), mimeType: z.string(), sizeBytes: z.number().int(), sha256: sha256() });

export const ZApiBidDetail = ZApiBid.extend({
  versions: z.array(
    z.object({
      number: z.number().int(),
      current: z.boolean().describe("The version that counts (the others were replaced by a revision)"),
      submittedAt: instant(),
      replacedAt: instant().nullable(),
      contentHash: sha256().describe("Equals the receipt's contentHash (lib/bids/README.md, Receipt)"),
      receiptId: z.string().nullable(),
      documents: z.array(ZReceiptDocument),
    }),
  ).describe("Newest first"),
}).meta({ id: "BidDetail", description: "A bid with every version it has had (sealed content is never sent)" });

export const ZApiBidSubmission = z
  .object({
    receiptId: z.string(),
    receiptHref: z.string(),
    tenderId: z.string(),
    tenderReference: z.string(),
    supplierId: z.string(),
    number: z.number().int().describe("The submission's number: 1, then 2 for the first revision, …"),
    lotIds: z.array(z.string()),
    submittedAt: instant().describe("The server's time of the submission (judged against the deadline)"),
    contentHash: sha256().describe("SHA-256 of the canonical form of the bid and its documents"),
    replayed: z.boolean().describe("True when this is the stored answer to an earlier request with the same Idempotency-Key"),
    bids: z.array(z.object({ id: z.string(), lotId: z.string(), href: z.string() })),
  })
  .meta({ id: "BidSubmission", description: "The receipt of a submission", examples: [{ receiptId: "cmrcpt1", receiptHref: "/api/v1/bids/cmbid1/receipt", tenderId: "cmtender1", tenderReference: "2026/0133", supplierId: "cmsup1", number: 1, lotIds: ["cmlot1"], submittedAt: "2026-09-09T10:00:00.000Z", contentHash: "1e05d55102bcb1bde229fe017d52730c8390edf11e94999a9aa21c735e59b15d", replayed: false, bids: [{ id: "cmbid1", lotId: "cmlot1", href: "/api/v1/bids/cmbid1" }] }] });

export const ZApiBidWithdrawal = z
  .object({ tenderId: z.string(), supplierId: z.string(), bidIds: z.array(z.string()), withdrawnAt: instant(), replayed: z.boolean() })
  .meta({ id: "BidWithdrawal", description: "Every lot of the organisation's bid on the competition is withdrawn (kept, marked)" });

export const ZApiBidReceipt = z
  .object({
    receiptId: z.string(),
    tender: z.object({ id: z.string(), reference: z.string(), title: z.string() }),
    supplier: z.object({ orgnr: z.string(), name: z.string() }),
    lots: z.array(ZBidLot),
    version: z.number().int(),
    submittedAt: instant(),
    submittedAtOslo: z.string().describe("dd.MM.yyyy HH:mm, Europe/Oslo"),
    hashAlgorithm: z.literal("SHA-256"),
    canonicalForm: z.literal("tiltaksanbud-bid-1"),
    contentHash: sha256(),
    documents: z.array(ZReceiptDocument),
  })
  .meta({ id: "BidReceipt", description: "A submission's receipt; contentHash is recomputable from the bid (canonical JSON, RFC 8785)" });

export const BID_COMPONENTS = [ZApiBid, ZApiBidList, ZApiBidDetail, ZApiBidSubmission, ZApiBidWithdrawal, ZApiBidReceipt] as const;
