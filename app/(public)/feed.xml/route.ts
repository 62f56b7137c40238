import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recentStatusChanges } from "@/lib/claims/public";
import { buildAtomFeed } from "@/lib/feed/atom";
import { PUBLIC_CACHE_CONTROL } from "@/lib/api/http";

export const dynamic = "force-dynamic";

/** Atom feed of the latest 50 claim status changes. */
export async function GET() {
  const changes = await recentStatusChanges(db, 50);
  return new Response(buildAtomFeed(changes, { siteUrl: env.SITE_URL, publisherName: env.PUBLISHER_NAME }), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
