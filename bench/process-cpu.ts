import { readdirSync, readFileSync } from "node:fs";

/*
 * CPU time of process trees, from /proc (Linux): what the bench attributes a run's CPU to (the app server, PostgreSQL,
 * the load generator). Clock ticks are 100 Hz on Linux (USER_HZ); a tree's figure is the sum over its live members,
 * so read it before the processes stop.
 */
const TICK_MS = 10;

interface Stat { pid: number; ppid: number; cpuMs: number }

function stats(): Stat[] {
  const out: Stat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: the fields after the last ")" are fixed.
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      out.push({ pid: Number(entry), ppid: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS });
    } catch {
      // The process ended while we listed.
    }
  }
  return out;
}

/** CPU ms used so far by each root's process tree (the root and all its descendants alive now). */
export function treeCpuMs(roots: readonly number[]): number[] {
  const all = stats();
  const children = new Map<number, Stat[]>();
  for (const stat of all) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const byPid = new Map(all.map((stat) => [stat.pid, stat]));
  return roots.map((root) => {
    let total = 0;
    const queue = [byPid.get(root)].filter((stat): stat is Stat => stat !== undefined);
    while (queue.length > 0) {
      const stat = queue.pop()!;
      total += stat.cpuMs;
      queue.push(...(children.get(stat.pid) ?? []));
    }
    return total;
  });
}

/** Whether /proc can be read here (Linux); elsewhere the bench leaves the CPU lines out. */
export function canReadProc(): boolean {
  try {
    readFileSync("/proc/self/stat");
    return true;
  } catch {
    return false;
  }
}
