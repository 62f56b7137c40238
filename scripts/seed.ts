// `npm run db:seed`: loads the demo article into DATABASE_URL. Safe to run twice.
import { env } from "@/lib/env";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/seed/demo";

await migrate(env.DATABASE_URL, console.log);
const db = createDb(env.DATABASE_URL);
try {
  const result = await seedDemo(db, console.log);
  console.log(result.created ? `Demo data loaded: ${result.claims} claims.` : "Demo data was already loaded.");
} finally {
  await db.$disconnect();
}
