import { articleDownload } from "@/lib/articles/download";

export const dynamic = "force-dynamic";

/** The article's claims as a JSON download. */
export async function GET(_request: Request, ctx: RouteContext<"/articles/[id]/claims.json">) {
  return articleDownload((await ctx.params).id, "json");
}
