// `npm run db:export -- [--out file.json]`: every row of DATABASE_URL as JSON.
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { createDb } from "@/lib/db/client";
import { exportToFile } from "@/lib/db/transfer";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const out = values.out ?? `data/export-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
const db = createDb(env.DATABASE_URL);
try {
  console.log(`Exporting to ${out}`);
  const counts = await exportToFile(db, out, console.log);
  console.log(`Done: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows.`);
} finally {
  await db.$disconnect();
}
