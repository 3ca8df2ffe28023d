import { isAlive } from "@/scripts/embedded-postgres/process-state";

/**
 * The supervisor's one way out: runs the cleanups registered so far, newest first (Next.js before PostgreSQL),
 * then exits. Called again while stopping (a terminal Ctrl-C reaches us twice: from the terminal and forwarded
 * by npm), it waits for the same stop instead of exiting half-way.
 */
export function createShutdown(log: (message: string) => void) {
  const cleanups: Array<() => Promise<void>> = [];
  let stopping: Promise<never> | undefined;

  function shutdown(code: number): Promise<never> {
    stopping ??= (async () => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(`while stopping: ${messageOf(error)}`));
      process.exit(code);
    })();
    return stopping;
  }

  return {
    shutdown,
    isStopping: () => stopping !== undefined,
    onStop(cleanup: () => Promise<void>) {
      cleanups.push(cleanup);
    },
    /**
     * SIGTERM / SIGINT (npm forwards both to the script, which execs node so no shell swallows them) and SIGHUP
     * (terminal closed) stop cleanly with exit 0. Should npm itself die without forwarding (SIGKILL), we notice
     * that our parent is gone and stop too, rather than leave Next.js and PostgreSQL running.
     */
    stopOnSignalsAndOrphaning() {
      for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
      const parent = process.ppid;
      const watch = setInterval(() => {
        if (isAlive(parent)) return;
        log("the process that started us is gone; stopping");
        void shutdown(0);
      }, 1_000);
      watch.unref();
    },
  };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
