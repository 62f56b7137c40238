import { issueFormToken } from "@/lib/disputes/form-token";

export const dynamic = "force-dynamic";

/**
 * GET /api/claims/<id>/dispute-token: a fresh time token for the claim's dispute form.
 * The form asks for one when it appears, because the page around it may come from the
 * page cache, rendered (and its token issued) a while before this reader arrived.
 */
export async function GET(_request: Request, ctx: RouteContext<"/api/claims/[id]/dispute-token">) {
  const { id } = await ctx.params;
  if (id.length > 100) return Response.json({ error: "No such claim." }, { status: 404 });
  return Response.json({ token: issueFormToken(id) }, { headers: { "Cache-Control": "no-store" } });
}
