// The counter the database moves on every write a public page can show (see the
// content_version migration). Read before rendering a page and again before serving
// it from the cache: equal values mean nothing changed in between.
import type { Db } from "@/lib/db/client";

export async function readContentVersion(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ version: bigint | number }[]>`SELECT "version" FROM "ContentVersion" WHERE "id" = 1`;
  if (!rows[0]) throw new Error("ContentVersion has no row: run the migrations (npm run db:migrate).");
  return String(rows[0].version);
}
