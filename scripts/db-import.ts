// `npm run db:import -- --file export.json`: loads an export into an EMPTY DATABASE_URL
// (migrated first). Moves data between SQLite and PostgreSQL with nothing lost.
import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import { env } from "@/lib/env";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { importFromFile, ImportError } from "@/lib/db/transfer";

const { values } = parseArgs({ options: { file: { type: "string" } } });
if (!values.file || !existsSync(values.file)) {
  console.error("Usage: npm run db:import -- --file <export.json>  (the file must exist)");
  process.exit(2);
}
await migrate(env.DATABASE_URL, console.log);
const db = createDb(env.DATABASE_URL);
try {
  console.log(`Importing ${values.file}`);
  const counts = await importFromFile(db, values.file, console.log);
  console.log(`Done: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows.`);
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`Import refused: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
