import type { Db } from "@/lib/db";
import { recordBidderCounts } from "@/lib/bids/received";
import { recordSuccession } from "@/lib/contracts/succession";
import { refreshHistoryRows } from "@/lib/history/refresh";
import { CPV_BY_MEASURE } from "@/lib/notices/codes";
import { orgnrCheckDigit } from "@/lib/suppliers/orgnr";

/**
 * A past award history, generated in the database (INSERT … SELECT over generate_series, a handful of statements
 * whatever the size): competitions announced over the years before `base`, their lots, bids from suppliers whose
 * sizes follow a power law, and for the finished ones an approved award and a contract. Used at full size by
 * scripts/generate-history.ts (the scale benchmark) and small by the demo seed (the manager's pages).
 *
 * Deterministic: every "random" number is a hash of the row number and a salt, so the same size gives the same rows.
 */
export interface HistorySize {
  tenders: number;
  /** Average bids per competition (the distribution is skewed: some get one, a few get many). */
  bidsPerTender: number;
  suppliers: number;
  /** How many years back the history reaches. */
  years: number;
  /** Row ids start with `<key>-`, references with its first letter in capitals; two keys never collide. */
  key: "hist" | "bench";
}

export const DEMO_HISTORY: HistorySize = { tenders: 300, bidsPerTender: 5, suppliers: 120, years: 6, key: "hist" };
export const BENCH_HISTORY: HistorySize = { tenders: 100_000, bidsPerTender: 12, suppliers: 2_000, years: 8, key: "bench" };
const ORGNR_START: Record<HistorySize["key"], number> = { hist: 87_000_000, bench: 88_000_000 };

/** A uniform number in [0, 1) from the row number `i` (an SQL expression) and a salt. */
const rnd = (i: string, salt: string) => `(('x' || substr(md5((${i})::text || ':${salt}'), 1, 8))::bit(32)::bigint / 4294967296.0)`;

// Kind shares of the supplier market (roughly the documents' picture: mostly commercial, a real ideal/AIB share).
/** Measure types whose CPV code eForms does not accept with an IDEAL (res-pub-ser) reservation, as an SQL list. */
const NO_PUBLIC_SERVICE_RESERVATION = Object.entries(CPV_BY_MEASURE).filter(([, cpv]) => !cpv.allowsPublicServiceReservation).map(([code]) => `'${code}'`).join(", ");

const LOCAL_LOT_SHARE = 0.5;

const KINDS: [string, number][] = [["COMMERCIAL", 0.55], ["IDEAL", 0.15], ["WORK_INCLUSION_ENTERPRISE", 0.15], ["SOCIAL_ENTREPRENEUR", 0.05], ["PUBLIC", 0.1]];
const NAME_PARTS = ["Arbeid", "Inkludering", "Veien", "Mestring", "Kompetanse", "Jobb", "Utvikling", "Ressurs", "Fremtid", "Karriere", "Vekst", "Trinn"];
const SUFFIX: Record<string, string> = { COMMERCIAL: "AS", IDEAL: "stiftelse", WORK_INCLUSION_ENTERPRISE: "AS", SOCIAL_ENTREPRENEUR: "SA", PUBLIC: "KF" };

/** 9-digit MOD11-valid organisation numbers from 8-digit prefixes counting up from `start`. */
function orgnrs(count: number, start: number): string[] {
  const numbers: string[] = [];
  for (let prefix = start; numbers.length < count; prefix++) {
    const check = orgnrCheckDigit(String(prefix));
    if (check !== null) numbers.push(`${prefix}${check}`);
  }
  return numbers;
}

type Raw = Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">;

async function isSuperuser(tx: Raw): Promise<boolean> {
  const [row] = await tx.$queryRawUnsafe<{ rolsuper: boolean }[]>(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`);
  return row?.rolsuper === true;
}

/** Drops a table's indexes other than its primary key and returns their definitions to build them again (sorted, fast). */
async function dropSecondaryIndexes(tx: Raw, table: string): Promise<string[]> {
  const indexes = await tx.$queryRawUnsafe<{ indexname: string; indexdef: string }[]>(
    `SELECT indexname::text AS indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 AND indexname <> $2`, table, `${table}_pkey`,
  );
  for (const index of indexes) await tx.$executeRawUnsafe(`DROP INDEX "${index.indexname}"`);
  return indexes.map((index) => index.indexdef);
}

/** Whether this database already holds the generated history (the generator adds it once). */
export async function hasHistory(db: Db, key: HistorySize["key"] = "hist"): Promise<boolean> {
  return (await db.tender.count({ where: { id: { startsWith: `${key}-t-` } } })) > 0;
}

export async function generateHistory(db: Db, size: HistorySize, base: Date): Promise<{ tenders: number; bids: number; suppliers: number; awards: number }> {
  // One transaction: one connection for the temporary tables, and no half-written history if a step fails.
  const k = size.key;
  return db.$transaction(async (tx) => {
    const [officer] = await tx.$queryRaw<{ userId: string }[]>`SELECT "userId" FROM "Membership" WHERE "role" = 'OFFICER' AND "revokedAt" IS NULL ORDER BY "createdAt", "id" LIMIT 1`;
    const managers = await tx.$queryRaw<{ userId: string }[]>`SELECT "userId" FROM "Membership" WHERE "role" IN ('MANAGER', 'OFFICER') AND "revokedAt" IS NULL AND "userId" <> ${officer?.userId ?? ""} ORDER BY "createdAt", "id" LIMIT 1`;
    if (!officer || !managers[0]) throw new Error("generateHistory: seed the users first (an officer and a second approver are needed)");
    const approver = managers[0].userId;

    // Suppliers: ranked 0..n-1; rank decides size (below). Owner municipality spread over all regions.
    const numbers = orgnrs(size.suppliers, ORGNR_START[size.key]);
    const kinds = numbers.map((_, rank) => {
      let u = ((rank * 2654435761) % 1_000_003) / 1_000_003;
      for (const [kind, share] of KINDS) {
        if (u < share) return kind;
        u -= share;
      }
      return "COMMERCIAL";
    });
    const names = numbers.map((_, rank) => `${NAME_PARTS[rank % NAME_PARTS.length]}${NAME_PARTS[Math.floor(rank / NAME_PARTS.length) % NAME_PARTS.length]!.toLowerCase()} ${rank + 1} ${SUFFIX[kinds[rank]!]}`);
    await tx.$executeRawUnsafe(
      `INSERT INTO "Supplier" ("id", "orgnr", "name", "kind", "ownerMunicipalityId", "verifiedWorkInclusion", "verifiedIdeal", "createdAt", "updatedAt")
       SELECT '${k}-s-' || (n - 1), o, nm, k::"SupplierKind",
              (SELECT "id" FROM "Municipality" ORDER BY "number" OFFSET (floor(${rnd("n", "mun")} * (SELECT count(*) FROM "Municipality")))::int LIMIT 1),
              k = 'WORK_INCLUSION_ENTERPRISE', k = 'IDEAL', $4::timestamptz, $4::timestamptz
       FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS s(o, nm, k, n)
       ON CONFLICT ("orgnr") DO NOTHING`,
      numbers, names, kinds, base,
    );

    // Competition parameters, one row each (finished ones get an award and, past the standstill, a contract; a few
    // are cancelled or still running); a region's weight is its number of municipalities (bigger regions buy more).
    const span = size.years * 365;
    await tx.$executeRawUnsafe(`DROP TABLE IF EXISTS hist_params`);
    await tx.$executeRawUnsafe(
      `CREATE TEMP TABLE hist_params AS
       SELECT x.*, (CASE
         WHEN state_u < 0.06 THEN 'CANCELLED' WHEN state_u < 0.09 THEN 'EVALUATION' WHEN state_u < 0.11 THEN 'AWARD_DECIDED'
         WHEN state_u < 0.13 THEN 'STANDSTILL' WHEN state_u < 0.16 THEN 'TERMINATED'
         WHEN announced_at < $1::timestamptz - interval '3 years' THEN 'EXPIRED' ELSE 'ACTIVE' END)::"TenderStatus" AS status,
              -- IDEAL (res-pub-ser) only where eForms accepts it: social-service CPV codes (lib/notices/codes.ts).
              (CASE WHEN reserved_u < 0.08 AND NOT (codes[measure_index] = ANY(ARRAY[${NO_PUBLIC_SERVICE_RESERVATION}]::text[])) THEN 'IDEAL'
                    WHEN reserved_u < 0.15 THEN 'WORK_INCLUSION' ELSE 'NONE' END) AS reservation
       FROM (
       WITH mun AS (SELECT array_agg("regionId" ORDER BY "number") AS regions FROM "Municipality"),
            mt AS (SELECT array_agg("id" ORDER BY "code") AS ids, array_agg("nameNb" ORDER BY "code") AS names, array_agg("code" ORDER BY "code") AS codes FROM "MeasureType" WHERE "acquisition" = 'PROCURED' AND "active")
       SELECT i,
              mun.regions[1 + floor(${rnd("i", "region")} * cardinality(mun.regions))::int] AS region_id,
              1 + floor(${rnd("i", "measure")} * cardinality(mt.ids))::int AS measure_index, mt.ids, mt.names, mt.codes,
              $1::timestamptz - make_interval(days => 60 + floor(${rnd("i", "day")} * ${span})::int) AS announced_at,
              ${rnd("i", "state")} AS state_u,
              greatest(1, least(30, 1 + floor(-ln(1 - ${rnd("i", "bids")}) * ${size.bidsPerTender - 1})::int)) AS bid_count,
              (1500000 + floor(power(${rnd("i", "value")}, 2) * 60000000))::bigint * 100 AS estimated_ore,
              ${rnd("i", "reserved")} AS reserved_u
       FROM generate_series(1, ${size.tenders}) AS i, mun, mt) x`,
      base,
    );
    await tx.$executeRawUnsafe(
      `INSERT INTO "Tender" ("id", "reference", "title", "measureTypeId", "regionId", "status", "regime", "procedure", "reservation", "reservationBasis",
                             "estimatedValueOre", "contractMonths", "questionDeadline", "deadline", "announcedAt", "openedAt", "cancelledAt", "cancelReason",
                             "createdById", "submittedAt", "approvedById", "approvedAt", "createdAt", "updatedAt")
       SELECT '${k}-t-' || i, '${size.key === "hist" ? "H" : "B"}' || to_char(announced_at, 'YYYY') || '/' || lpad(i::text, 6, '0'),
              names[measure_index] || ' – ' || r."name", ids[measure_index], region_id, status, 'PART_IV',
              (CASE WHEN ${rnd("i", "proc")} < 0.6 THEN 'LIGHT_REGIME' WHEN ${rnd("i", "proc")} < 0.85 THEN 'OPEN' WHEN ${rnd("i", "proc")} < 0.95 THEN 'NEGOTIATED_WITH_NOTICE' ELSE 'RESTRICTED' END)::"Procedure",
              reservation::"Reservation", CASE WHEN reservation = 'NONE' THEN NULL ELSE 'FOA § 30-3' END,
              estimated_ore, 24, announced_at + interval '20 days', announced_at + interval '35 days', announced_at,
              CASE WHEN status = 'CANCELLED' THEN NULL ELSE announced_at + interval '35 days 1 hour' END,
              CASE WHEN status = 'CANCELLED' THEN announced_at + interval '10 days' END,
              CASE WHEN status = 'CANCELLED' THEN 'Behovet endret seg' END,
              $1, announced_at - interval '10 days', $2, announced_at - interval '5 days', announced_at - interval '14 days', announced_at
       FROM hist_params JOIN "Region" r ON r."id" = region_id`,
      officer.userId, approver,
    );
    // About half the lots serve the whole region; the others name one to three of its municipalities (district
    // coverage and re-tender overlap depend on it).
    const localLot = (i: string) => `${rnd(i, "area")} < ${LOCAL_LOT_SHARE}`;
    await tx.$executeRawUnsafe(
      `INSERT INTO "Lot" ("id", "tenderId", "number", "title", "regionId", "places")
       SELECT '${k}-l-' || i, '${k}-t-' || i, 1, CASE WHEN ${localLot("i")} THEN 'Utvalgte kommuner' ELSE 'Hele regionen' END, region_id,
              10 + floor(${rnd("i", "places")} * 90)::int FROM hist_params`,
    );
    await tx.$executeRawUnsafe(
      `INSERT INTO "LotMunicipality" ("lotId", "municipalityId")
       SELECT DISTINCT '${k}-l-' || p.i, m.ids[1 + (floor(${rnd("p.i", "first")} * cardinality(m.ids))::int + j) % cardinality(m.ids)]
       FROM hist_params p
       JOIN (SELECT "regionId", array_agg("id" ORDER BY "number") AS ids FROM "Municipality" GROUP BY 1) m ON m."regionId" = p.region_id
       CROSS JOIN LATERAL generate_series(0, floor(${rnd("p.i", "count")} * 3)::int) AS j
       WHERE ${localLot("p.i")}`,
    );
    // The quality weight drifts upwards over the years (the documents ask for quality over price).
    await tx.$executeRawUnsafe(
      `INSERT INTO "AwardCriterion" ("id", "tenderId", "kind", "name", "weight", "position")
       SELECT '${k}-cq-' || i, '${k}-t-' || i, 'QUALITY'::"CriterionKind", 'Kvalitet', q, 1 FROM (
         SELECT i, (30 + 10 * least(4, floor(extract(epoch FROM announced_at - ($1::timestamptz - interval '${size.years} years')) / 86400 / ${span} * 4 + ${rnd("i", "qw")} * 1.5)))::numeric AS q FROM hist_params) w
       UNION ALL
       SELECT '${k}-cp-' || i, '${k}-t-' || i, 'PRICE'::"CriterionKind", 'Pris', 100 - q, 2 FROM (
         SELECT i, (30 + 10 * least(4, floor(extract(epoch FROM announced_at - ($1::timestamptz - interval '${size.years} years')) / 86400 / ${span} * 4 + ${rnd("i", "qw")} * 1.5)))::numeric AS q FROM hist_params) w`,
      base,
    );
    // Bidders: rank = floor(n^u) - 1 is log-uniform, so P(rank k) ∝ 1/(k+1) — a few big suppliers bid everywhere.
    // A supplier drawn twice for the same lot bids once (DISTINCT ON), so the count lands a little under the mean.
    const bulk = size.tenders >= 10_000 && (await isSuperuser(tx));
    const rebuild = bulk ? await dropSecondaryIndexes(tx, "Bid") : [];
    // A bulk load of rows consistent by construction skips the per-row foreign-key triggers (superuser only).
    if (bulk) await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
    await tx.$executeRawUnsafe(
      `INSERT INTO "Bid" ("id", "tenderId", "lotId", "supplierId", "status", "submittedAt", "priceOre", "createdAt", "updatedAt")
       SELECT DISTINCT ON (i, rank) '${k}-b-' || i || '-' || j, '${k}-t-' || i, '${k}-l-' || i, '${k}-s-' || rank,
              (CASE WHEN status = 'CANCELLED' THEN 'WITHDRAWN' WHEN status = 'EVALUATION' THEN 'QUALIFIED' ELSE 'NOT_AWARDED' END)::"BidStatus",
              announced_at + make_interval(days => 5 + floor(${rnd("i * 31 + j", "sub")} * 29)::int),
              CASE WHEN status = 'CANCELLED' THEN NULL ELSE (estimated_ore * (0.7 + ${rnd("i * 31 + j", "price")} * 0.5) / 100)::bigint * 100 END,
              announced_at + interval '5 days', announced_at + interval '36 days'
       FROM hist_params CROSS JOIN LATERAL generate_series(1, bid_count) AS j
            CROSS JOIN LATERAL (SELECT least(${size.suppliers - 1}, floor(power(${size.suppliers}, ${rnd("i * 31 + j", "supplier")})) - 1)::int AS rank) AS r
       ORDER BY i, rank, j`,
    );
    if (bulk) await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = origin`);
    for (const definition of rebuild) await tx.$executeRawUnsafe(definition);
    // The winner: the lowest evaluated price of the lot (ties by id), for every competition past evaluation.
    await tx.$executeRawUnsafe(`DROP TABLE IF EXISTS hist_winners`);
    await tx.$executeRawUnsafe(
      `CREATE TEMP TABLE hist_winners AS
       SELECT DISTINCT ON (b."lotId") b."id" AS bid_id, b."supplierId" AS supplier_id, b."priceOre" AS price_ore, p.i, p.status, p.announced_at,
              p.region_id, p.ids[p.measure_index] AS measure_type_id
       FROM "Bid" b JOIN hist_params p ON b."tenderId" = '${k}-t-' || p.i
       WHERE p.status NOT IN ('CANCELLED', 'EVALUATION') AND b."id" LIKE '${k}-b-%'
       ORDER BY b."lotId", b."priceOre", b."id"`,
    );
    await tx.$executeRawUnsafe(`UPDATE "Bid" b SET "status" = 'AWARDED' FROM hist_winners w WHERE b."id" = w.bid_id`);
    await tx.$executeRawUnsafe(
      `INSERT INTO "AwardDecision" ("id", "tenderId", "lotId", "winningBidId", "status", "reasoning", "scoringSnapshot", "proposedById", "proposedAt",
                                    "approvedById", "approvedAt", "sentAt", "standstillEndsAt")
       SELECT '${k}-a-' || i, '${k}-t-' || i, '${k}-l-' || i, bid_id, 'APPROVED',
              'Tilbudet hadde best forhold mellom kvalitet og pris etter de kunngjorte kriteriene.', '{"generated": true}'::jsonb,
              $1, announced_at + make_interval(days => 50 + floor(${rnd("i", "award")} * 20)::int),
              $2, announced_at + make_interval(days => 52 + floor(${rnd("i", "award")} * 20)::int),
              announced_at + make_interval(days => 52 + floor(${rnd("i", "award")} * 20)::int),
              announced_at + make_interval(days => 62 + floor(${rnd("i", "award")} * 20)::int)
       FROM hist_winners`,
      officer.userId, approver,
    );
    await tx.$executeRawUnsafe(
      `INSERT INTO "Contract" ("id", "tenderId", "regionId", "measureTypeId", "lotId", "supplierId", "awardDecisionId", "status", "valueOre", "startsOn", "endsOn", "maxEndsOn", "signedAt")
       SELECT '${k}-c-' || i, '${k}-t-' || i, region_id, measure_type_id, '${k}-l-' || i, supplier_id, '${k}-a-' || i,
              (CASE WHEN status = 'EXPIRED' THEN 'EXPIRED' WHEN status = 'TERMINATED' THEN 'TERMINATED' ELSE 'ACTIVE' END)::"ContractStatus",
              price_ore, (announced_at + interval '90 days')::date, (announced_at + interval '90 days 2 years')::date,
              (announced_at + interval '90 days 4 years')::date, announced_at + interval '80 days'
       FROM hist_winners WHERE status NOT IN ('AWARD_DECIDED', 'STANDSTILL')`,
    );
    await tx.$executeRawUnsafe(`DROP TABLE hist_winners`);
    await tx.$executeRawUnsafe(`DROP TABLE hist_params`);
    // What the opening and conclusion commands fix in their transactions, set-based through the same functions.
    const ids = (prefix: string, table: "Tender" | "Contract", extra = "") =>
      tx.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM "${table}" WHERE "id" LIKE $1 ${extra}`, `${prefix}%`).then((rows) => rows.map((row) => row.id));
    await recordBidderCounts(tx, await ids(`${k}-t-`, "Tender", `AND "openedAt" IS NOT NULL`));
    await tx.$executeRawUnsafe(`ANALYZE "Contract", "LotMunicipality"`);
    await recordSuccession(tx, await ids(`${k}-c-`, "Contract"));
    // The history's read model, set-based in one statement (its indexes built afterwards, sorted, when bulk).
    const rebuildHistory = bulk ? await dropSecondaryIndexes(tx, "HistoryRow") : [];
    await refreshHistoryRows(tx);
    for (const definition of rebuildHistory) await tx.$executeRawUnsafe(definition);
    await tx.$executeRawUnsafe(`ANALYZE "Tender", "Lot", "Bid", "AwardDecision", "Contract", "Supplier", "AwardCriterion", "HistoryRow"`);
    const [counts] = await tx.$queryRaw<{ tenders: number; bids: number; suppliers: number; awards: number }[]>`
      SELECT (SELECT count(*)::int FROM "Tender" WHERE "id" LIKE ${`${k}-t-%`}) AS tenders, (SELECT count(*)::int FROM "Bid" WHERE "id" LIKE ${`${k}-b-%`}) AS bids,
             (SELECT count(*)::int FROM "Supplier" WHERE "id" LIKE ${`${k}-s-%`}) AS suppliers, (SELECT count(*)::int FROM "AwardDecision" WHERE "id" LIKE ${`${k}-a-%`}) AS awards`;
    return counts!;
  }, { timeout: 15 * 60_000, maxWait: 60_000 });
}
