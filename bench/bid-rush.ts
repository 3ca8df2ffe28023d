/**
 * Deadline rush (issue 10, point 14): `npm run bench:bid-rush`. A throwaway PostgreSQL 17, migrated and seeded with
 * the demo data; one announced competition; 200 supplier organisations, each with an API token; then 2,000
 * submissions (each with its own 200 kB PDF, JSON + base64, an Idempotency-Key each) through the real HTTP API against
 * the production server (`next build` when stale, scripts/next-server.mjs) at concurrency 50, the deadline set to fall
 * at the predicted end of the rush. Then the same database, same run: a raw pg loop of single-row INSERT + COMMIT of
 * rows of the same size at the same concurrency. Prints throughput, latency percentiles, accepted/rejected,
 * lost/duplicated and the ratio; and, sampled from pg_stat_activity during the rush, what the app's backends waited on
 * (the per-competition audit chain head is the suspected hot spot).
 * Env: BENCH_PORT (3210), BENCH_SUBMISSIONS (2000), BENCH_SUPPLIERS (200), BENCH_CONCURRENCY (50), BENCH_DOC_KB (200),
 * BENCH_WARMUP (100), BENCH_CPU_PROFILE (a directory: the server writes a V8 CPU profile there when it stops; Node
 * refuses --cpu-prof in NODE_OPTIONS), WEB_CONCURRENCY (server processes; default: one per core, as in production).
 * On Linux it also prints the CPU time the app server, PostgreSQL and the load generator spent per submission.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

import pg from "pg";

import { createApiToken } from "@/lib/api-tokens";
import type { Actor } from "@/lib/auth/policy";
import { EXCLUSION_GROUNDS } from "@/lib/bids/espd";
import { bidSpecOf } from "@/lib/bids/load";
import { createDb } from "@/lib/db";
import { migrateDeploy, REPO_ROOT } from "@/lib/db/prisma-cli";
import { resetEnvCache } from "@/lib/env";
import { runCommand } from "@/lib/mutation";
import { seedIfEmpty } from "@/prisma/seed/index";
import { demoSeedBase } from "@/prisma/seed/time";
import { startThrowawayPostgres } from "@/scripts/embedded-postgres/throwaway";
import { isBuildStale, runNext } from "@/scripts/start/build";
import { startNext, stopChild, waitForHttp } from "@/scripts/start/server";

import { canReadProc, treeCpuMs } from "./process-cpu";

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const PORT = num("BENCH_PORT", 3210);
const SUBMISSIONS = num("BENCH_SUBMISSIONS", 2000);
const SUPPLIERS = num("BENCH_SUPPLIERS", 200);
const CONCURRENCY = num("BENCH_CONCURRENCY", 50);
const DOC_BYTES = num("BENCH_DOC_KB", 200) * 1024;
const WARMUP = num("BENCH_WARMUP", 100);
const PROCESSES = num("WEB_CONCURRENCY", availableParallelism());
const TARGETS = { p99Ms: 250, ratio: 0.3 };
const log = (line: string) => console.log(`[bench] ${line}`);

/** A valid 9-digit organisation number (MOD11) from an 8-digit base. */
function orgnr(base: number): string | null {
  const digits = String(base).padStart(8, "0").split("").map(Number);
  const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return digits.join("") + String(check === 11 ? 0 : check);
}

/** A PDF of `size` bytes that file-type sniffs as PDF; random inside, like the ciphertext the app stores. */
function pdf(size: number): Buffer {
  const head = Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 0 >>\nstream\n", "latin1");
  const tail = Buffer.from("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
  return Buffer.concat([head, randomBytes(size - head.length - tail.length), tail]);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Runs `count` jobs with `concurrency` workers; returns wall time in ms. */
async function pool(count: number, concurrency: number, job: (index: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await job(next++);
  }));
  return performance.now() - started;
}

interface Outcome { status: number; ms: number; receiptId?: string; code?: string; at: number }

async function main() {
  process.env.BID_KEK ??= randomBytes(32).toString("base64url");
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  resetEnvCache();
  log("starting a throwaway PostgreSQL 17");
  const pgServer = await startThrowawayPostgres("tiltaksanbud-bench-pg-", { database: "tiltaksanbud", detached: false });
  let server: ReturnType<typeof startNext> | null = null;
  const db = createDb(pgServer.url);
  try {
    await migrateDeploy(pgServer.url);
    await seedIfEmpty(db, { base: demoSeedBase(new Date()) });
    log("seeded demo data");

    // The competitions: announced demo ones without reserved lots (the bench's organisations are unverified); the
    // deadline is pushed out until the rush sets it. The second one takes the warm-up.
    const candidates = await db.tender.findMany({
      where: { status: "ANNOUNCED" }, orderBy: { reference: "asc" },
      include: { lots: { orderBy: { number: "asc" } }, criteria: { orderBy: { position: "asc" } }, requirements: { orderBy: { position: "asc" } } },
    });
    const open = candidates.filter((t) => bidSpecOf(t).lots.every((lot) => lot.reservation === "NONE"));
    const [tender, warmTender] = [open[0], open[1]];
    if (!tender || !warmTender) throw new Error("the demo seed has fewer than two unreserved announced competitions");
    await db.tender.updateMany({ where: { id: { in: [tender.id, warmTender.id] } }, data: { deadline: new Date(Date.now() + 3_600_000) } });
    const spec = bidSpecOf(tender);

    log(`creating ${SUPPLIERS} supplier organisations with API tokens`);
    const tokens: string[] = [];
    for (let base = 91_000_000; tokens.length < SUPPLIERS; base++) {
      const number = orgnr(base);
      if (!number) continue;
      const i = tokens.length;
      const supplier = await db.supplier.create({ data: { orgnr: number, name: `Benk leverandør ${i + 1} AS`, kind: "COMMERCIAL" } });
      const user = await db.user.create({ data: { email: `benk${i + 1}@benk.example`, name: `Benk ${i + 1}` } });
      await db.membership.create({ data: { userId: user.id, role: "SUPPLIER_USER", supplierId: supplier.id, supplierAdmin: true } });
      const admin: Actor = { userId: user.id, active: true, locale: "nb", memberships: [{ role: "SUPPLIER_USER", regionId: null, supplierId: supplier.id, supplierAdmin: true }] };
      const created = await runCommand(createApiToken, { actor: admin, rawInput: { name: "Benk" }, db });
      if (!created.ok) throw created.error;
      tokens.push(created.data.token);
    }

    if (await isBuildStale(REPO_ROOT)) {
      log("building (next build)");
      const build = runNext(REPO_ROOT, ["build"], { ...process.env, DATABASE_URL: pgServer.url });
      if ((await build.exited) !== 0) throw new Error("next build failed");
    }
    const origin = `http://127.0.0.1:${PORT}`;
    server = startNext(REPO_ROOT, PORT, { ...process.env, DATABASE_URL: pgServer.url, NEXTAUTH_URL: origin, WEB_CONCURRENCY: String(PROCESSES) }, { detached: false, nodeArgs: process.env.BENCH_CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [] });
    await waitForHttp(`${origin}/api/v1/openapi.json`, server);
    log(`next start on ${origin} (${PROCESSES} server processes)`);
    const dataDirectory = (await db.$queryRaw<{ setting: string }[]>`SELECT setting FROM pg_settings WHERE name = 'data_directory'`)[0]!.setting;
    const postmasterPid = Number((await readFile(path.join(dataDirectory, "postmaster.pid"), "utf8")).split("\n")[0]);
    const cpuRoots = [server.pid!, postmasterPid];
    const cpuNow = () => {
      if (!canReadProc()) return null;
      const own = process.cpuUsage();
      return [...treeCpuMs(cpuRoots), (own.user + own.system) / 1000];
    };

    const bodyFor = (s: typeof spec, i: number) => JSON.stringify({
      lots: s.lots.map((lot) => ({ lotId: lot.id, selected: true, price: String(15_000 + (i % 5000)) })),
      quality: s.criteria.map((c) => ({ criterionId: c.id, answer: `Svar ${i} på ${c.name}: tett oppfølging, fast veileder og ukentlig kontakt med arbeidsgivere.` })),
      requirements: s.requirements.map((r) => ({ requirementId: r.id, met: true, comment: "" })),
      exclusions: EXCLUSION_GROUNDS.map((code) => ({ code, applies: false, comment: "" })),
      documents: [{ filename: `Tilbud-${i}.pdf`, contentType: "application/pdf", contentBase64: pdf(DOC_BYTES).toString("base64") }],
    });
    const submit = async (tenderId: string, token: string, body: string): Promise<Outcome> => {
      const started = performance.now();
      const response = await fetch(`${origin}/api/v1/tenders/${tenderId}/bids`, {
        method: "POST", body, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": randomUUID() },
      });
      const json = (await response.json().catch(() => ({}))) as { receiptId?: string; code?: string };
      return { status: response.status, ms: performance.now() - started, receiptId: json.receiptId, code: json.code, at: Date.now() };
    };

    // Warm-up on another competition (JIT, pools), which also predicts the rush's rate.
    const warmSpec = bidSpecOf(warmTender);
    const warmBodies = Array.from({ length: WARMUP }, (_, i) => bodyFor(warmSpec, i));
    let warmAccepted = 0;
    const warmMs = await pool(WARMUP, CONCURRENCY, async (i) => {
      const outcome = await submit(warmTender.id, tokens[i % tokens.length]!, warmBodies[i]!);
      if (outcome.status === 201) warmAccepted++;
      else log(`warm-up submission refused: ${outcome.status} ${outcome.code}`);
    });
    const predictedMs = (SUBMISSIONS / Math.max(1, warmAccepted)) * warmMs;

    log(`preparing ${SUBMISSIONS} bodies (${DOC_BYTES / 1024} kB PDF each)`);
    const bodies = Array.from({ length: SUBMISSIONS }, (_, i) => bodyFor(spec, i));

    // The deadline falls at the predicted end: the last submissions race it, and those after it must be refused. The
    // warm-up's rate underestimates a warm server, so once half the rush is in, the deadline is set again from the
    // rush's own rate (the guard reads it from the row in every write, as an amendment would move it).
    const rushStart = Date.now();
    let deadline = new Date(rushStart + Math.round(predictedMs * 0.97));
    await db.tender.update({ where: { id: tender.id }, data: { deadline } });
    let retimed: Promise<unknown> | null = null;
    let quarterAt = 0;
    const retime = (done: number) => {
      if (!quarterAt && done >= SUBMISSIONS / 4) quarterAt = Date.now();
      if (retimed || done < SUBMISSIONS / 2) return;
      // The rate between a quarter and a half in (warm), for the half still to come.
      const now = Date.now();
      const msPerSubmission = (now - quarterAt) / (done - SUBMISSIONS / 4);
      deadline = new Date(now + Math.round((SUBMISSIONS - done) * msPerSubmission * 0.9));
      retimed = db.tender.update({ where: { id: tender.id }, data: { deadline } });
    };

    // Sample what the app's backends wait on, every 25 ms, during the rush.
    const sampler = new pg.Client({ connectionString: pgServer.url });
    await sampler.connect();
    const waits = new Map<string, number>();
    let samples = 0;
    let sampling = true;
    const sampled = (async () => {
      while (sampling) {
        const { rows } = await sampler.query<{ wait: string; n: string }>(`
          SELECT COALESCE(wait_event_type || ':' || wait_event, 'CPU/running') ||
                 CASE WHEN query ILIKE '%AuditChainHead%' THEN ' [audit chain head]' WHEN query ILIKE '%pg_advisory_xact_lock%' THEN ' [own-bid lock]' ELSE '' END AS wait,
                 count(*)::text AS n
          FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' GROUP BY 1`);
        samples++;
        for (const row of rows) waits.set(row.wait, (waits.get(row.wait) ?? 0) + Number(row.n));
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();

    log(`rush: ${SUBMISSIONS} submissions, concurrency ${CONCURRENCY}, deadline in ${((deadline.getTime() - rushStart) / 1000).toFixed(1)} s`);
    const outcomes: Outcome[] = [];
    const cpuBefore = cpuNow();
    const rushMs = await pool(SUBMISSIONS, CONCURRENCY, async (i) => {
      outcomes.push(await submit(tender.id, tokens[i % tokens.length]!, bodies[i]!));
      retime(outcomes.length);
    });
    await retimed;
    const cpuAfter = cpuNow();
    sampling = false;
    await sampled;
    await sampler.end();

    const accepted = outcomes.filter((o) => o.status === 201);
    const rejected = outcomes.filter((o) => o.status !== 201);
    const acceptedIds = new Set(accepted.map((o) => o.receiptId!));
    const stored = await db.bidReceipt.findMany({ where: { tenderId: tender.id }, select: { id: true, submittedAt: true } });
    const storedIds = new Set(stored.map((r) => r.id));
    const lost = [...acceptedIds].filter((id) => !storedIds.has(id)).length;
    const duplicated = stored.length - stored.filter((r) => acceptedIds.has(r.id)).length + (accepted.length - acceptedIds.size);
    const afterDeadline = stored.filter((r) => r.submittedAt >= deadline).length;
    const versions = await db.bidVersion.count({ where: { bid: { tenderId: tender.id } } });
    const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    const acceptedLat = accepted.map((o) => o.ms).sort((a, b) => a - b);
    const byReason = new Map<string, number>();
    for (const o of rejected) byReason.set(`${o.status} ${o.code ?? "?"}`, (byReason.get(`${o.status} ${o.code ?? "?"}`) ?? 0) + 1);
    const acceptedWindowMs = Math.max(...accepted.map((o) => o.at)) - rushStart;
    const throughput = accepted.length / (acceptedWindowMs / 1000);

    // The raw baseline: same database, same concurrency, single-row INSERT + COMMIT of rows of the document's size.
    // Three rounds of SUBMISSIONS rows each, the median counted: one short round right after the rush swung between
    // 600 and 1,260 rows/s (checkpoints, autovacuum of the rush's rows), and with it the ratio.
    const raw = new pg.Pool({ connectionString: pgServer.url, max: CONCURRENCY });
    await raw.query(`CREATE TABLE bench_raw (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), payload bytea NOT NULL)`);
    const payloads = Array.from({ length: SUBMISSIONS }, () => randomBytes(DOC_BYTES));
    const rawRound = async () => {
      const latencies: number[] = [];
      const cpuStart = cpuNow();
      const ms = await pool(SUBMISSIONS, CONCURRENCY, async (i) => {
        const started = performance.now();
        const client = await raw.connect();
        try {
          await client.query("BEGIN");
          await client.query("INSERT INTO bench_raw (payload) VALUES ($1)", [payloads[i]]);
          await client.query("COMMIT");
        } finally {
          client.release();
        }
        latencies.push(performance.now() - started);
      });
      return { ms, rate: SUBMISSIONS / (ms / 1000), latencies: latencies.sort((a, b) => a - b), cpuStart, cpuEnd: cpuNow() };
    };
    const rounds = [await rawRound(), await rawRound(), await rawRound()];
    const rawCount = Number((await raw.query<{ n: string }>("SELECT count(*)::text AS n FROM bench_raw")).rows[0]!.n);
    await raw.end();
    if (rawCount !== rounds.length * SUBMISSIONS) throw new Error(`the raw loop stored ${rawCount} rows, not ${rounds.length * SUBMISSIONS}`);
    const median = [...rounds].sort((a, b) => a.rate - b.rate)[1]!;
    const { ms: rawMs, rate: rawThroughput, latencies: rawLat, cpuStart: rawCpuBefore, cpuEnd: rawCpuAfter } = median;

    const ratio = throughput / rawThroughput;
    const p99 = percentile(acceptedLat, 99);
    const totalSamples = [...waits.values()].reduce((a, b) => a + b, 0);
    // CPU per item of the rush and of the raw loop, by process tree: where the cores went (Linux only).
    const cores = availableParallelism();
    const per = (before: number[] | null, after: number[] | null, i: number, count: number) => ((after?.[i] ?? 0) - (before?.[i] ?? 0)) / Math.max(1, count);
    const cpuLine = cpuBefore && cpuAfter && rawCpuBefore && rawCpuAfter
      ? `\n  CPU per submission     app server ${per(cpuBefore, cpuAfter, 0, outcomes.length).toFixed(1)} ms · PostgreSQL ${per(cpuBefore, cpuAfter, 1, outcomes.length).toFixed(1)} ms · load generator ${per(cpuBefore, cpuAfter, 2, outcomes.length).toFixed(1)} ms (${cores} cores = ${((cores * rushMs) / Math.max(1, outcomes.length)).toFixed(1)} ms of CPU per submission at this rate)` +
        `\n  CPU per raw row        PostgreSQL ${per(rawCpuBefore, rawCpuAfter, 1, SUBMISSIONS).toFixed(1)} ms · the loop ${per(rawCpuBefore, rawCpuAfter, 2, SUBMISSIONS).toFixed(1)} ms (${cores} cores = ${((cores * rawMs) / SUBMISSIONS).toFixed(1)} ms per row at that rate)`
      : "";
    console.log(`
Deadline rush — ${SUBMISSIONS} submissions × ${DOC_BYTES / 1024} kB PDF, ${SUPPLIERS} organisations, concurrency ${CONCURRENCY}
  competition            ${tender.reference} (${spec.lots.length} lot(s), ${spec.criteria.length} quality criteria)
  warm-up                ${warmAccepted}/${WARMUP} accepted in ${(warmMs / 1000).toFixed(2)} s (${(warmAccepted / (warmMs / 1000)).toFixed(1)}/s)
  rush wall time         ${(rushMs / 1000).toFixed(2)} s; deadline at +${((deadline.getTime() - rushStart) / 1000).toFixed(2)} s
  accepted / rejected    ${accepted.length} / ${rejected.length}  (${[...byReason].map(([k, v]) => `${k}: ${v}`).join(", ") || "none"})
  throughput (accepted)  ${throughput.toFixed(1)} submissions/s over ${(acceptedWindowMs / 1000).toFixed(2)} s
  latency all            p50 ${percentile(latencies, 50).toFixed(0)} ms · p95 ${percentile(latencies, 95).toFixed(0)} ms · p99 ${percentile(latencies, 99).toFixed(0)} ms · max ${latencies.at(-1)!.toFixed(0)} ms
  latency accepted       p50 ${percentile(acceptedLat, 50).toFixed(0)} ms · p95 ${percentile(acceptedLat, 95).toFixed(0)} ms · p99 ${p99.toFixed(0)} ms
  server processes       ${PROCESSES}${cpuLine}
  in the database        ${stored.length} receipts, ${versions} versions; lost ${lost}, duplicated ${duplicated}, stored at/after the deadline ${afterDeadline}
  raw pg INSERT+COMMIT   median of ${rounds.length} rounds of ${SUBMISSIONS} rows: ${rawThroughput.toFixed(1)} rows/s in ${(rawMs / 1000).toFixed(2)} s (p50 ${percentile(rawLat, 50).toFixed(0)} ms, p99 ${percentile(rawLat, 99).toFixed(0)} ms; rounds ${rounds.map((r) => r.rate.toFixed(0)).join(" / ")} rows/s)
  ratio app / raw        ${ratio.toFixed(3)}
  backends during rush   ${samples} samples of pg_stat_activity, mean ${(totalSamples / Math.max(1, samples)).toFixed(2)} active:
${[...waits].sort((a, b) => b[1] - a[1]).map(([wait, n]) => `    ${(n / Math.max(1, samples)).toFixed(2).padStart(6)}  ${wait}`).join("\n")}
  targets                0 lost: ${lost === 0 ? "met" : "MISSED"} · 0 duplicated: ${duplicated === 0 ? "met" : "MISSED"} · nothing after the deadline: ${afterDeadline === 0 ? "met" : "MISSED"} · p99 < ${TARGETS.p99Ms} ms: ${p99 < TARGETS.p99Ms ? "met" : "MISSED"} · ratio ≥ ${TARGETS.ratio}: ${ratio >= TARGETS.ratio ? "met" : "MISSED"}
`);
    return lost === 0 && duplicated === 0 && afterDeadline === 0 ? 0 : 1;
  } finally {
    if (server) await stopChild(server);
    await db.$disconnect();
    await pgServer.stop();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
});
