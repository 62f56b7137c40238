import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { apiArticle } from "@/lib/api/public-api";
import { apiError, apiJson, corsPreflight, handleApi } from "@/lib/api/http";

export const dynamic = "force-dynamic";
export const OPTIONS = corsPreflight;

/** GET /api/articles/<id or slug>: the article with all its claims. */
export function GET(_request: Request, ctx: RouteContext<"/api/articles/[id]">) {
  return handleApi(async () => {
    const payload = await apiArticle(db, (await ctx.params).id, env.SITE_URL);
    return payload ? apiJson(payload) : apiError(404, "No such article.");
  });
}
