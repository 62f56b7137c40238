// Health check for operators and load balancers: is the database reachable and are
// all committed migrations applied? 200 when healthy, 503 otherwise. Reveals no data.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { pendingMigrationsWith } from "@/lib/db/migrate";

export const dynamic = "force-dynamic";

export async function GET() {
  const checks = { database: "ok", migrations: "ok" };
  let healthy = true;
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    checks.database = "unreachable";
    healthy = false;
  }
  if (healthy) {
    try {
      const pending = await pendingMigrationsWith(db, env.DATABASE_URL);
      if (pending.length) {
        checks.migrations = `${pending.length} pending`;
        healthy = false;
      }
    } catch {
      checks.migrations = "unknown";
      healthy = false;
    }
  }
  return Response.json(
    { status: healthy ? "ok" : "unhealthy", checks },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
