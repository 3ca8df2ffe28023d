import { createDb } from "@/lib/db";
import { requireEnv } from "@/lib/env";
import { seed } from "./seed/index";

/** `npm run db:seed` / `prisma db seed`: adds the demo data that is missing from DATABASE_URL's database. */
const db = createDb(requireEnv("DATABASE_URL"));
try {
  const { tendersCreated } = await seed(db);
  console.log(`Seed complete (${tendersCreated} demo competitions created).`);
} finally {
  await db.$disconnect();
}
