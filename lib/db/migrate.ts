// Applies the committed SQL migrations and records them in `_prisma_migrations`
// exactly as Prisma does (name, sha256 checksum, timestamps), so Prisma's own
// `migrate deploy` / `migrate status` agree with what ran here. We apply them
// ourselves because Prisma's schema engine cannot be downloaded offline and its
// WASM engine cannot migrate PostgreSQL (README "Database").
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "@/lib/env";
import { sqliteFilePath } from "@/lib/db/sqlite-path";
import { SQLITE_BUSY_TIMEOUT_MS, type Db } from "@/lib/db/client";

export type Migration = { name: string; sql: string; checksum: string };
type Log = (message: string) => void;

export function migrationsDir(url: string): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), isPostgresUrl(url) ? "prisma/postgres/migrations" : "prisma/migrations");
}

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Applies every pending migration; returns the names applied. */
export async function migrate(url: string, log: Log = () => {}): Promise<string[]> {
  const migrations = readMigrations(migrationsDir(url));
  return isPostgresUrl(url) ? migratePostgres(url, migrations, log) : migrateSqlite(url, migrations, log);
}

/** Names of committed migrations not yet applied. */
export async function pendingMigrations(url: string): Promise<string[]> {
  const migrations = readMigrations(migrationsDir(url));
  const applied = isPostgresUrl(url) ? await appliedPostgres(url) : appliedSqlite(url);
  return migrations.filter((m) => !applied.has(m.name)).map((m) => m.name);
}

const APPLIED = `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
const committedByDir = new Map<string, string[]>();

/**
 * The same, through a connection the caller already has (the health check, called
 * every few seconds by a load balancer). The committed list is read from disk once:
 * it is part of the deployed build. A database never migrated has no table: all pending.
 */
export async function pendingMigrationsWith(db: Db, url: string): Promise<string[]> {
  const dir = migrationsDir(url);
  let committed = committedByDir.get(dir);
  if (!committed) committedByDir.set(dir, (committed = readMigrations(dir).map((m) => m.name)));
  let rows: { migration_name: string }[];
  try {
    rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(APPLIED);
  } catch (error) {
    if (/_prisma_migrations/.test(String(error))) return committed;
    throw error;
  }
  const applied = new Set(rows.map((r) => r.migration_name));
  return committed.filter((name) => !applied.has(name));
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;

function openSqlite(url: string): Database.Database {
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  // WAL lets readers carry on during a write and survives crashes; it is stored in the file.
  sqlite.pragma("journal_mode = WAL");
  return sqlite;
}

function appliedSqlite(url: string): Set<string> {
  const sqlite = openSqlite(url);
  try {
    sqlite.exec(SQLITE_TABLE);
    const rows = sqlite
      .prepare(APPLIED)
      .all() as { migration_name: string }[];
    return new Set(rows.map((r) => r.migration_name));
  } finally {
    sqlite.close();
  }
}

function migrateSqlite(url: string, migrations: Migration[], log: Log): string[] {
  const applied = appliedSqlite(url);
  const sqlite = openSqlite(url);
  const done: string[] = [];
  try {
    for (const m of migrations.filter((x) => !applied.has(x.name))) {
      log(`Applying migration ${m.name}`);
      const apply = sqlite.transaction(() => {
        const started = Date.now();
        sqlite.exec(m.sql);
        sqlite
          .prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
          )
          .run(randomUUID(), m.checksum, Date.now(), m.name, started);
      });
      apply.immediate();
      done.push(m.name);
    }
  } finally {
    sqlite.close();
  }
  return done;
}

const PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;
// The advisory lock key Prisma's migrate uses, so we never run alongside it.
const PG_LOCK_KEY = 72707369;

async function withPg<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function appliedPostgres(url: string): Promise<Set<string>> {
  return withPg(url, async (client) => {
    await client.query(PG_TABLE);
    const { rows } = await client.query<{ migration_name: string }>(APPLIED);
    return new Set(rows.map((r) => r.migration_name));
  });
}

async function migratePostgres(url: string, migrations: Migration[], log: Log): Promise<string[]> {
  return withPg(url, async (client) => {
    await client.query(`SELECT pg_advisory_lock(${PG_LOCK_KEY})`);
    try {
      await client.query(PG_TABLE);
      const { rows } = await client.query<{ migration_name: string }>(APPLIED);
      const applied = new Set(rows.map((r) => r.migration_name));
      const done: string[] = [];
      for (const m of migrations.filter((x) => !applied.has(x.name))) {
        log(`Applying migration ${m.name}`);
        await client.query("BEGIN");
        try {
          await client.query(m.sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)`,
            [randomUUID(), m.checksum, m.name],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
        }
        done.push(m.name);
      }
      return done;
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${PG_LOCK_KEY})`);
    }
  });
}
