import { db } from "@/lib/db";
import { apiClaim } from "@/lib/api/public-api";
import { apiError, apiJson, corsPreflight, handleApi } from "@/lib/api/http";

export const dynamic = "force-dynamic";
export const OPTIONS = corsPreflight;

/** GET /api/claims/<id>: the claim, evidence, links both ways and its status history. */
export function GET(_request: Request, ctx: RouteContext<"/api/claims/[id]">) {
  return handleApi(async () => {
    const payload = await apiClaim(db, (await ctx.params).id);
    return payload ? apiJson(payload) : apiError(404, "No such claim.");
  });
}
