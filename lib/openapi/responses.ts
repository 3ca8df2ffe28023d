import { z } from "zod";

/*
 * The API's answers as zod schemas: the OpenAPI document is generated from them, and the integration test parses
 * real answers with them, so the description cannot drift from what the endpoints send.
 */

const instant = () => z.iso.datetime({ offset: true }).describe("An instant, ISO 8601 in UTC");
const nameInLanguages = z.object({ code: z.string(), nb: z.string(), en: z.string() });
const money = z.object({ amount: z.string().nullable().describe("Exact NOK as a decimal string"), currency: z.literal("NOK") });

export const ZProblem = z
  .object({
    type: z.string().describe("Stable per error code: urn:tiltaksanbud:problem:<code>, e.g. urn:tiltaksanbud:problem:validation"),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string().describe("The message, translated (nb or en by the locale cookie)"),
    code: z.enum(["VALIDATION", "NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED", "INVALID_STATE", "CONFLICT", "DEADLINE_PASSED", "LIMIT_EXCEEDED", "RATE_LIMITED", "TOO_LARGE", "METHOD_NOT_ALLOWED", "INTERNAL"]),
    instance: z.string().optional(),
    eventId: z.string().optional().describe("For unexpected errors: quote it to support"),
    errors: z.record(z.string(), z.array(z.string())).optional().describe("Field name → messages"),
    retryAfterSeconds: z.number().int().optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

const ZPublishedQa = z.object({ number: z.number().int(), question: z.string(), answer: z.string(), publishedAt: instant() });

export const ZPublicTender = z
  .object({
    id: z.string(),
    reference: z.string(),
    title: z.string(),
    description: z.string(),
    status: z.string(),
    region: z.string(),
    measureType: nameInLanguages,
    regime: z.string().nullable(),
    procedure: z.string().nullable(),
    reservation: z.string(),
    reservationBasis: z.string().nullable(),
    chosenRegime: z.object({ regime: z.string(), reason: z.string().nullable() }).nullable(),
    evaluation: z.object({
      priceModel: z.object({ kind: z.string() }).catchall(z.unknown()).describe("The price scoring model and its parameters"),
      maxPoints: z.number(),
      qualityMode: z.string(),
      tieBreak: z.string(),
    }),
    resultsBased: z.object({ expectedOutcomeRatePercent: z.string().nullable() }).catchall(z.unknown()).nullable().describe("Results-based payment: the fixed part and outcome payments"),
    estimatedValue: money,
    optionModel: z.string(),
    questionDeadline: instant().nullable(),
    deadline: instant().nullable(),
    announcedAt: instant().nullable(),
    lots: z.array(
      z.object({
        number: z.number().int(),
        title: z.string(),
        places: z.number().int(),
        continuousIntake: z.boolean(),
        area: z.union([
          z.object({ kind: z.literal("municipalities"), municipalities: z.array(z.object({ number: z.string(), name: z.string() })) }),
          z.object({ kind: z.literal("region"), region: z.string() }),
        ]),
        reservation: z.object({ kind: z.string(), basis: z.string().nullable() }),
      }),
    ),
    criteria: z.array(z.object({ id: z.string(), parentId: z.string().nullable(), kind: z.string(), name: z.string(), weight: z.string().describe("Decimal percentage") })),
    questionsAndAnswers: z.array(ZPublishedQa),
  })
  .meta({ id: "Tender", description: "A published competition (notice)" });

const page = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(item) });
export const ZTenderPage = page(ZPublicTender).meta({ id: "TenderPage" });

export const ZPublicDocument = z
  .object({
    id: z.string(),
    title: z.string(),
    version: z.number().int(),
    filename: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    publishedVersionAt: instant(),
    href: z.string(),
  })
  .meta({ id: "Document" });
export const ZDocumentList = z.object({ items: z.array(ZPublicDocument) }).meta({ id: "DocumentList" });
export const ZUploadedDocument = z.object({ documentId: z.string(), number: z.number().int(), sha256: z.string() }).catchall(z.unknown()).meta({ id: "UploadedDocument" });

export const ZPublicDialogue = z
  .object({
    id: z.string(),
    reference: z.string(),
    title: z.string(),
    description: z.string(),
    phase: z.string(),
    region: z.string(),
    measureType: nameInLanguages,
    meeting: z.object({ at: instant(), place: z.string() }).nullable(),
    responseDeadline: instant(),
    plannedAnnouncement: z.string().nullable().describe("A date, yyyy-MM-dd"),
    publishedAt: instant().nullable(),
    tender: z.object({ id: z.string(), reference: z.string(), path: z.string() }).nullable(),
  })
  .meta({ id: "Dialogue", description: "A published market dialogue (never its answers)" });
export const ZDialoguePage = page(ZPublicDialogue).meta({ id: "DialoguePage" });

/** notice.json: the eForms business terms as readable JSON (its shape follows the notice). */
export const ZNoticeJson = z.object({}).catchall(z.unknown()).meta({ id: "NoticeJson", description: "eForms business terms (BT ids) with labels and values" });

export const ZQuestionAsked = z.object({ id: z.string(), tenderId: z.string() }).meta({ id: "QuestionAsked" });
export const ZUserCreated = z.object({ id: z.string() }).catchall(z.unknown()).meta({ id: "UserCreated" });
