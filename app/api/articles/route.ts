import { db } from "@/lib/db";
import { apiArticles, API_PAGE_SIZE } from "@/lib/api/public-api";
import { apiError, apiJson, corsPreflight, handleApi } from "@/lib/api/http";

export const dynamic = "force-dynamic";
export const OPTIONS = corsPreflight;

/** GET /api/articles?cursor=<id>&limit=1..100: articles newest first, with claim counts. */
export function GET(request: Request) {
  return handleApi(async () => {
    const url = new URL(request.url);
    const cursor = url.searchParams.get("cursor") || undefined;
    const limitText = url.searchParams.get("limit");
    const limit = limitText === null ? API_PAGE_SIZE : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return apiError(400, "limit must be a whole number from 1 to 100.");
    if (cursor && cursor.length > 64) return apiError(400, "Unknown cursor.");
    return apiJson(await apiArticles(db, cursor, limit));
  });
}
