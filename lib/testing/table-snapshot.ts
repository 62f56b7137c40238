// Every row of every application table, to assert that a refused call changed nothing
// (works for tables added later without touching the test).
import type { Db } from "@/lib/db/client";
import type { TestDatabase } from "@/lib/testing/databases";

export async function snapshotTables(db: Db, target: TestDatabase): Promise<Record<string, string[]>> {
  const tables =
    target.name === "sqlite"
      ? await db.$queryRawUnsafe<{ name: string }[]>(
          // Not FTS5's shadow tables: they hold the search index's binary pages (derived from
          // Claim), which the SQLite adapter cannot read through a raw SELECT *.
          `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`,
        )
      : await db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
        );
  const snapshot: Record<string, string[]> = {};
  for (const { name } of tables) {
    // PostgreSQL serialises rows itself: Prisma cannot read enum columns from a raw SELECT *.
    const rows =
      target.name === "sqlite"
        ? await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`)
        : (await db.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`)).map((r) => r.row);
    snapshot[name] = rows.map((row) => JSON.stringify(row, (_key, value) => (typeof value === "bigint" ? String(value) : value))).sort();
  }
  return snapshot;
}
