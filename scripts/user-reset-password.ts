// `npm run user:reset-password -- --email … [--password …]` (see lib/users/cli.ts).
import { env } from "@/lib/env";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { main, runUserResetPassword } from "@/lib/users/cli";

await main(env.DATABASE_URL, (db) => runUserResetPassword(db, process.argv.slice(2)), { migrate, createDb });
