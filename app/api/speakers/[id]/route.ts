import { db } from "@/lib/db";
import { apiSpeaker } from "@/lib/api/public-api";
import { apiError, apiJson, corsPreflight, handleApi } from "@/lib/api/http";

export const dynamic = "force-dynamic";
export const OPTIONS = corsPreflight;

/** GET /api/speakers/<id or slug>?page=N: a page of the speaker's claims, track record and contradictions. */
export function GET(request: Request, ctx: RouteContext<"/api/speakers/[id]">) {
  return handleApi(async () => {
    const page = Number(new URL(request.url).searchParams.get("page") ?? "1");
    const payload = await apiSpeaker(db, (await ctx.params).id, Number.isInteger(page) ? page : 1);
    return payload ? apiJson(payload) : apiError(404, "No such speaker.");
  });
}
