// Benchmark databases: separate from the user's data, generated once per size and
// reused by later runs. SQLite files under data/bench/; on PostgreSQL (DATABASE_URL
// set to a postgres URL) one database per size on the same server, claims_bench_*.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import pg from "pg";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { isPostgresUrl } from "@/lib/env";
import { generateArchive, prismaWriter, sqliteWriter, type ArchiveSize } from "./archive";

function progressBar(label: string) {
  const started = Date.now();
  let last = -1;
  return (done: number, total: number) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === last && done !== total) return;
    last = percent;
    const bar = "#".repeat(Math.floor(percent / 5)).padEnd(20, ".");
    process.stdout.write(`\r  ${label} [${bar}] ${percent}% (${done}/${total} articles, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (done === total) process.stdout.write("\n");
  };
}

async function ensurePostgresDatabase(serverUrl: string, name: string): Promise<{ url: string; created: boolean }> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return { url: url.toString(), created: !rowCount };
  } finally {
    await client.end();
  }
}

/** URL of a database holding the archive of this size, generating it if needed. */
export async function ensureArchive(size: ArchiveSize): Promise<string> {
  const label = `${size.articles}x${size.claimsPerArticle}`;
  const total = size.articles * size.claimsPerArticle;
  const target = process.env.DATABASE_URL ?? "";
  if (isPostgresUrl(target)) {
    const { url } = await ensurePostgresDatabase(target, `claims_bench_${label}`);
    await migrate(url);
    const db = createDb(url);
    const existing = await db.claim.count();
    if (existing > 0 && existing !== total) throw new Error(`Benchmark database claims_bench_${label} holds ${existing} claims, not ${total}: drop it and run again.`);
    if (existing === total) console.log(`  reusing PostgreSQL archive ${label} (${total} claims)`);
    else await generateArchive(prismaWriter(db), size, progressBar(`generating ${total} claims`));
    // Measure a settled database, as production is: fresh planner statistics, and no
    // autovacuum catching up on the bulk load (or on the last run's writes) mid-run.
    console.log(`  VACUUM ANALYZE claims_bench_${label}…`);
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    await db.$disconnect();
    return url;
  }
  mkdirSync("data/bench", { recursive: true });
  const file = `data/bench/archive-${label}.db`;
  const done = `${file}.complete`;
  if (existsSync(file) && existsSync(done)) {
    console.log(`  reusing ${file} (${total} claims)`);
    await migrate(`file:./${file}`); // an archive made by an older version may lack newer migrations
    return `file:./${file}`;
  }
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  await migrate(`file:./${file}`);
  const writer = sqliteWriter(file);
  try {
    await generateArchive(writer, size, progressBar(`generating ${total} claims`));
  } finally {
    await writer.close();
  }
  writeFileSync(done, new Date().toISOString());
  return `file:./${file}`;
}
