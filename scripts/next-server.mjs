// The production HTTP server `npm start` runs: Next.js's request handler behind Node's own http server, so the app
// can learn the TCP peer's address (`next start` only offers X-Forwarded-For, which any client can write).
// Plain JavaScript: it runs without the tsx loader, exactly as in production.
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";

// Keep in step with PEER_ADDRESS_HEADER in lib/security/client-address.ts.
const PEER_ADDRESS_HEADER = "x-tiltaksanbud-peer";
const port = Number(process.env.PORT ?? 3000);

// WEB_CONCURRENCY > 1: that many server processes share the port (node:cluster), so every core serves requests —
// one Node process is what limits a deadline rush (bench/bid-rush.ts). Nothing the app keeps is per process except
// caches (sessions are signed cookies; rate limits, idempotency keys and the outbox live in PostgreSQL) — but the e2e
// test clock is, so a TEST_CLOCK server is always one process.
const processes = process.env.TEST_CLOCK === "1" ? 1 : Math.max(1, Math.trunc(Number(process.env.WEB_CONCURRENCY ?? 1)) || 1);
if (processes > 1 && cluster.isPrimary) {
  supervise(processes);
} else {
  await serve();
}

/** The primary of a cluster: forks the servers, replaces one that dies, stops them all on SIGTERM/SIGINT. */
function supervise(count) {
  let stopping = false;
  let listening = 0;
  const fork = () => {
    const worker = cluster.fork();
    const forkedAt = Date.now();
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      // A server that dies while starting would die again: give up rather than loop.
      if (Date.now() - forkedAt < 10_000) {
        console.error(`server process exited while starting (${signal ?? code}); stopping`);
        stop(1);
        return;
      }
      console.error(`server process ${worker.process.pid} exited (${signal ?? code}); starting another`);
      fork();
    });
  };
  cluster.on("listening", () => {
    listening += 1;
    if (listening === count) console.log(`▲ Next.js ready on port ${port} (${count} processes)`);
  });
  for (let i = 0; i < count; i += 1) fork();

  function stop(exitCode = 0) {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    let alive = workers.length;
    if (alive === 0) process.exit(exitCode);
    for (const worker of workers) {
      worker.once("exit", () => {
        alive -= 1;
        if (alive === 0) process.exit(exitCode);
      });
      worker.process.kill("SIGTERM");
    }
    setTimeout(() => process.exit(exitCode), 6_000).unref();
  }
  process.on("SIGTERM", () => stop());
  process.on("SIGINT", () => stop());
}

/** One server process: Next.js's handler behind Node's http server. */
async function serve() {

  // Random per process: lib/security/client-address.ts believes the header only with this token in it.
  process.env.PEER_ADDRESS_TOKEN = randomBytes(24).toString("hex");
  const token = process.env.PEER_ADDRESS_TOKEN;

  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((request, response) => {
    // Overwrites whatever a client sent under this name.
    request.headers[PEER_ADDRESS_HEADER] = `${token} ${request.socket.remoteAddress ?? ""}`;
    void handle(request, response);
  });
  server.listen(port, () => {
    if (cluster.isPrimary) console.log(`▲ Next.js ready on port ${port}`);
  });

  function stop() {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Open keep-alive or streaming connections must not hold the stop past the supervisor's grace period.
    setTimeout(() => process.exit(0), 5_000).unref();
  }
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
