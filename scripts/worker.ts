import { env } from "@/lib/env";

import { runNotificationWorker } from "./start/notification-worker";
import { createShutdown } from "./start/shutdown";

/**
 * `npm run worker`: the notification worker on its own, for production beside the app instances (npm start runs one
 * inside the supervisor). Needs DATABASE_URL; any number may run at once. SIGTERM / SIGINT stop it after its round.
 */
const log = (message: string) => console.log(`[worker] ${message}`);
const url = env().DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: the worker drains the outbox of that database.");
  process.exit(2);
}
const { onStop, stopOnSignalsAndOrphaning } = createShutdown(log);
stopOnSignalsAndOrphaning();
onStop(runNotificationWorker(url, `http://localhost:${process.env.PORT ?? 3000}`, log));
