// `npm run user:create -- --email … --role … [--name …] [--password …]` (see lib/users/cli.ts).
import { env } from "@/lib/env";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { main, runUserCreate } from "@/lib/users/cli";

await main(env.DATABASE_URL, (db) => runUserCreate(db, process.argv.slice(2)), { migrate, createDb });
