// The databases data-layer tests run against: always a throwaway SQLite file, and
// PostgreSQL when TEST_DATABASE_URL points at a local server. Each call to
// freshDatabase() gives an empty, migrated database.
import { rmSync } from "node:fs";
import pg from "pg";
import { createDb, type Db, type DbOptions } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

export type TestDatabase = { name: "sqlite" | "postgresql"; url: string };

const postgresUrl = process.env.TEST_DATABASE_URL;

function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]", ""].includes(host)) {
    throw new Error(`Refusing to run destructive tests against non-local database host ${host}.`);
  }
}

export const TEST_DATABASES: TestDatabase[] = [
  { name: "sqlite", url: `file:./data/test-${process.pid}.db` },
  ...(postgresUrl ? [{ name: "postgresql" as const, url: postgresUrl }] : []),
];

if (!postgresUrl) {
  console.warn("PostgreSQL tests SKIPPED: set TEST_DATABASE_URL=postgresql://… to run them (CI does).");
}

/** An empty, migrated database. `label` gives SQLite tests that need two databases separate files. */
export async function freshDatabase(target: TestDatabase, label = "", options: DbOptions = {}): Promise<Db> {
  if (target.name === "sqlite" && label) target = { ...target, url: target.url.replace(/\.db$/, `-${label}.db`) };
  if (target.name === "sqlite") {
    const file = target.url.replace(/^file:/, "");
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  } else {
    assertLocal(target.url);
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    } finally {
      await client.end();
    }
  }
  await migrate(target.url);
  return createDb(target.url, options);
}
