// The production HTTP server `npm start` runs: Next.js's request handler behind Node's own http server, so the app
// can learn the TCP peer's address (`next start` only offers X-Forwarded-For, which any client can write).
// Plain JavaScript: it runs without the tsx loader, exactly as in production.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";

// Keep in step with PEER_ADDRESS_HEADER in lib/security/client-address.ts.
const PEER_ADDRESS_HEADER = "x-tiltaksanbud-peer";
const port = Number(process.env.PORT ?? 3000);

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
server.listen(port, () => console.log(`▲ Next.js ready on port ${port}`));

function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Open keep-alive or streaming connections must not hold the stop past the supervisor's grace period.
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
