// `npm run db:backup -- [--out file.db]`: a consistent online copy of the SQLite
// database, safe while the server runs. (PostgreSQL: use pg_dump.)
import { parseArgs } from "node:util";
import { env, isPostgresUrl } from "@/lib/env";
import { sqliteFilePath } from "@/lib/db/sqlite-path";
import { backupSqlite, BackupError } from "@/lib/db/backup";

if (isPostgresUrl(env.DATABASE_URL)) {
  console.error("db:backup copies the embedded SQLite database. For PostgreSQL use pg_dump, or npm run db:export.");
  process.exit(2);
}
const { values } = parseArgs({ options: { out: { type: "string" } } });
const out = values.out ?? `data/backups/claims-${new Date().toISOString().replace(/[:.]/g, "-")}.db`;
try {
  console.log(`Backing up ${sqliteFilePath(env.DATABASE_URL)} to ${out}`);
  await backupSqlite(sqliteFilePath(env.DATABASE_URL), out);
  console.log("Backup written and integrity-checked.");
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
