// Choices for the search page's speaker and article filters.
import type { Db } from "@/lib/db/client";

export async function searchFilterOptions(db: Db) {
  const [speakers, articles] = await Promise.all([
    db.speaker.findMany({ orderBy: { name: "asc" }, take: 500, select: { slug: true, name: true } }),
    db.article.findMany({ orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }], take: 200, select: { slug: true, title: true } }),
  ]);
  return { speakers, articles };
}

export type SearchFilterOptions = Awaited<ReturnType<typeof searchFilterOptions>>;
