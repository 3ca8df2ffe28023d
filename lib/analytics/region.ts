import type { Db } from "@/lib/db";

/** The region's id by its code (the URL's `region`); null for the whole country, undefined for an unknown code. */
export async function regionIdOf(db: Db, code: string | undefined): Promise<string | null | undefined> {
  if (code === undefined) return null;
  return (await db.region.findUnique({ where: { code }, select: { id: true } }))?.id;
}
