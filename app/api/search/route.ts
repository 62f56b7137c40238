import { db } from "@/lib/db";
import { DB_PROVIDER } from "@/lib/search";
import { apiSearch } from "@/lib/api/public-api";
import { parseSearchParams } from "@/lib/search/schema";
import { apiJson, corsPreflight, handleApi } from "@/lib/api/http";

export const dynamic = "force-dynamic";
export const OPTIONS = corsPreflight;

/** GET /api/search?q=…&status=&speaker=&article=&from=&to=&page=: as the /search page, 20 per page. */
export function GET(request: Request) {
  return handleApi(async () => {
    const params = parseSearchParams(new URL(request.url).searchParams);
    return apiJson(await apiSearch(db, DB_PROVIDER, params));
  });
}
