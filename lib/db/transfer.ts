// Moves every row between databases as JSON (SQLite ⇄ PostgreSQL, or a plain
// export for safekeeping). Tables go in foreign-key order; import fills an EMPTY
// database in one transaction, so a failed import leaves nothing behind.
import { createWriteStream, readFileSync } from "node:fs";
import { once } from "node:events";
import type { Db } from "@/lib/db/client";

export const EXPORT_FORMAT = "claims-desk-export";
export const EXPORT_VERSION = 1;
const BATCH = 1000;

type Row = Record<string, unknown>;
type Delegate = {
  findMany(args: { take: number; skip?: number; cursor?: { id: string }; orderBy: { id: "asc" } }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  count(): Promise<number>;
};

// Parents before children; the DateTime columns of each table (JSON has no dates).
export const TABLES: { name: string; model: string; dates: string[] }[] = [
  { name: "User", model: "user", dates: ["createdAt", "updatedAt"] },
  { name: "PasswordToken", model: "passwordToken", dates: ["expiresAt", "usedAt", "createdAt"] },
  { name: "Speaker", model: "speaker", dates: ["createdAt", "updatedAt"] },
  { name: "Article", model: "article", dates: ["publishedAt", "createdAt", "updatedAt"] },
  { name: "Claim", model: "claim", dates: ["statedAt", "lockedAt", "createdAt", "updatedAt"] },
  { name: "Evidence", model: "evidence", dates: ["publishedAt", "createdAt", "updatedAt"] },
  { name: "ClaimLink", model: "claimLink", dates: ["createdAt"] },
  { name: "Dispute", model: "dispute", dates: ["resolvedAt", "createdAt", "updatedAt"] },
  { name: "StatusChange", model: "statusChange", dates: ["createdAt"] },
  { name: "AuditLog", model: "auditLog", dates: ["createdAt"] },
];

function delegate(db: Db, model: string): Delegate {
  return (db as unknown as Record<string, Delegate>)[model]!;
}

/** Every row of a table in id order, a batch at a time (bounded memory). */
export async function* tableRows(db: Db, model: string): AsyncGenerator<Row> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await delegate(db, model).findMany({
      take: BATCH,
      orderBy: { id: "asc" },
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    yield* rows;
    if (rows.length < BATCH) return;
    cursor = rows.at(-1)!.id as string;
  }
}

/** Writes the whole database to a JSON file; returns row counts per table. */
export async function exportToFile(db: Db, file: string, log: (m: string) => void = () => {}): Promise<Record<string, number>> {
  const out = createWriteStream(file, { encoding: "utf8" });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  const counts: Record<string, number> = {};
  await write(`{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"exportedAt":"${new Date().toISOString()}","tables":{`);
  for (const [t, table] of TABLES.entries()) {
    await write(`${t ? "," : ""}"${table.name}":[`);
    let n = 0;
    for await (const row of tableRows(db, table.model)) await write((n++ ? "," : "") + JSON.stringify(row));
    await write("]");
    counts[table.name] = n;
    log(`  ${table.name}: ${n} rows`);
  }
  await write("}}\n");
  out.end();
  await once(out, "finish");
  return counts;
}

export class ImportError extends Error {}

/** Loads an export into an empty database, all or nothing; returns row counts per table. */
export async function importFromFile(db: Db, file: string, log: (m: string) => void = () => {}): Promise<Record<string, number>> {
  const data = JSON.parse(readFileSync(file, "utf8")) as { format?: string; version?: number; tables?: Record<string, Row[]> };
  if (data.format !== EXPORT_FORMAT || data.version !== EXPORT_VERSION || !data.tables) {
    throw new ImportError(`${file} is not a claims desk export (format ${EXPORT_FORMAT} v${EXPORT_VERSION}).`);
  }
  for (const table of TABLES) {
    if ((await delegate(db, table.model).count()) > 0) {
      throw new ImportError(`The target database is not empty (${table.name} has rows). Import only into a fresh database.`);
    }
  }
  const counts: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      for (const table of TABLES) {
        const rows = (data.tables![table.name] ?? []).map((row) => {
          const copy = { ...row };
          for (const column of table.dates) if (typeof copy[column] === "string") copy[column] = new Date(copy[column] as string);
          return copy;
        });
        for (let i = 0; i < rows.length; i += BATCH) {
          await delegate(tx as unknown as Db, table.model).createMany({ data: rows.slice(i, i + BATCH) });
        }
        counts[table.name] = rows.length;
        log(`  ${table.name}: ${rows.length} rows`);
      }
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return counts;
}
