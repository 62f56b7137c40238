// Responses for an article's claim downloads (/articles/<slug>/claims.csv and .json).
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { PUBLIC_CACHE_CONTROL } from "@/lib/api/http";
import { getPublicArticle } from "./queries";
import { claimsCsv, exportClaims } from "./export";

export async function articleDownload(key: string, format: "csv" | "json"): Promise<Response> {
  const article = await getPublicArticle(db, key);
  if (!article) return new Response("No such article.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body =
    format === "csv"
      ? claimsCsv(article, env.SITE_URL)
      : JSON.stringify({ article: { id: article.id, slug: article.slug, title: article.title, outlet: article.outlet, url: article.url, publishedAt: article.publishedAt }, claims: exportClaims(article, env.SITE_URL) }, null, 2);
  return new Response(format === "csv" ? `\uFEFF${body}` : body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      // The slug is [a-z0-9-] only, so it is safe inside the quoted filename.
      "Content-Disposition": `attachment; filename="${article.slug}-claims.${format}"`,
      "Cache-Control": PUBLIC_CACHE_CONTROL,
      "Access-Control-Allow-Origin": "*",
    },
  });
}
