import { articleDownload } from "@/lib/articles/download";

export const dynamic = "force-dynamic";

/** The article's claims as a spreadsheet-safe CSV download. */
export async function GET(_request: Request, ctx: RouteContext<"/articles/[id]/claims.csv">) {
  return articleDownload((await ctx.params).id, "csv");
}
