// `npm run db:restore -- --from file.db`: replaces the SQLite database with a backup
// after checking it; the current database is kept beside it first. Stop the server
// before restoring so no one writes to the database being replaced.
import { parseArgs } from "node:util";
import { env, isPostgresUrl } from "@/lib/env";
import { sqliteFilePath } from "@/lib/db/sqlite-path";
import { restoreSqlite, BackupError } from "@/lib/db/backup";

if (isPostgresUrl(env.DATABASE_URL)) {
  console.error("db:restore restores the embedded SQLite database. For PostgreSQL use pg_restore, or npm run db:import.");
  process.exit(2);
}
const { values } = parseArgs({ options: { from: { type: "string" } } });
if (!values.from) {
  console.error("Usage: npm run db:restore -- --from <backup.db>");
  process.exit(2);
}
try {
  const kept = await restoreSqlite(values.from, sqliteFilePath(env.DATABASE_URL));
  if (kept) console.log(`The previous database was kept at ${kept}`);
  console.log(`Restored ${values.from}.`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
