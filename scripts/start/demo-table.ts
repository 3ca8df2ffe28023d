import { DEMO_USERS } from "@/prisma/seed/demo-users";

/** The demo log-ins as an aligned plain-text table for the terminal. */
export function demoLoginTable(): string {
  const rows = [["E-post", "Passord", "Rolle", "Beskrivelse"], ...DEMO_USERS.map((u) => [u.email, u.password, u.role, u.description])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd();
  return [line(rows[0]!), widths.map((w) => "─".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}
