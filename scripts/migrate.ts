// `npm run db:migrate`: applies pending migrations to DATABASE_URL (SQLite by default).
import { env } from "@/lib/env";
import { migrate } from "@/lib/db/migrate";

const applied = await migrate(env.DATABASE_URL, console.log);
console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
