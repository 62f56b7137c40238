// Builds a Prisma client for a database URL: PostgreSQL through `pg`, SQLite through
// better-sqlite3. Kept free of Next-specific imports so scripts and tests can use it.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { isPostgresUrl } from "@/lib/env";
import { sqliteFilePath } from "@/lib/db/sqlite-path";

// Both generated clients have the same API; the SQLite one's type stands for both.
export type Db = SqliteClient;

/** Milliseconds a SQLite writer waits for another writer's lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export type DbOptions = {
  /** Called with every SQL statement sent (tests use it to count queries per page). */
  onQuery?: (sql: string) => void;
};

export function createDb(url: string, options: DbOptions = {}): Db {
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  let client: Db;
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: 10 });
    client = new PostgresClient({ adapter, log }) as unknown as Db;
  } else {
    const file = sqliteFilePath(url);
    mkdirSync(path.dirname(file), { recursive: true });
    const adapter = new PrismaBetterSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
    client = new SqliteClient({ adapter, log }) as unknown as Db;
  }
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (client as unknown as { $on(event: "query", cb: (e: { query: string }) => void): void }).$on("query", (e) => onQuery(e.query));
  }
  return client;
}
