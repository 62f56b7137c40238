// Public reads of articles. Only public fields are selected: editor notes,
// emails and password hashes never leave the data layer.
// Functions take the database so tests can run them on SQLite and PostgreSQL alike.
import { cache } from "react";
import type { Db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/claims/status";

export type StatusCounts = Record<ClaimStatus, number>;

function emptyCounts(): StatusCounts {
  return { confirmed: 0, denied: 0, unverified: 0 };
}

const articleSummary = { id: true, slug: true, title: true, outlet: true, url: true, publishedAt: true } as const;

async function withCounts<A extends { id: string }>(db: Db, articles: A[]) {
  const grouped = await db.claim.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: articles.map((a) => a.id) } },
    _count: { _all: true },
  });
  const counts = new Map(articles.map((a) => [a.id, emptyCounts()]));
  for (const row of grouped) counts.get(row.articleId)![row.status] = row._count._all;
  return articles.map((a) => ({ ...a, counts: counts.get(a.id)! }));
}

/** The latest articles, newest first, with their claim counts by status. */
export async function listArticles(db: Db, limit = 20) {
  const articles = await db.article.findMany({
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    take: limit,
    select: articleSummary,
  });
  return withCounts(db, articles);
}

/**
 * A page of articles in a stable order (newest added first), for the API. The cursor
 * is the id of the last article of the previous page; an unknown cursor gives nothing.
 */
export async function listArticlesAfter(db: Db, cursor: string | undefined, limit: number) {
  const rows = await db.article.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    select: { ...articleSummary, updatedAt: true },
  });
  const page = rows.slice(0, limit);
  return { articles: await withCounts(db, page), nextCursor: rows.length > limit ? page.at(-1)!.id : null };
}

const claimSummary = {
  id: true,
  text: true,
  status: true,
  speakerRole: true,
  speaker: { select: { id: true, slug: true, name: true } },
} as const;

/** An article by slug or id, with its claims in reading order. */
export const getPublicArticle = cache(async (db: Db, key: string) => {
  const article = await db.article.findFirst({
    where: { OR: [{ slug: key }, { id: key }] },
    select: {
      id: true,
      slug: true,
      title: true,
      outlet: true,
      url: true,
      publishedAt: true,
      body: true,
      updatedAt: true,
      claims: {
        orderBy: { anchorStart: "asc" },
        select: {
          ...claimSummary,
          anchorStart: true,
          anchorEnd: true,
          anchorLost: true,
          statedAt: true,
          rationale: true,
          evidence: {
            orderBy: { createdAt: "asc" },
            select: { id: true, kind: true, stance: true, sourceName: true, url: true, excerpt: true, publishedAt: true },
          },
          linksFrom: { select: { id: true, type: true, note: true, toClaim: { select: claimSummary } } },
          linksTo: { select: { id: true, type: true, note: true, fromClaim: { select: claimSummary } } },
        },
      },
    },
  });
  if (!article) return null;
  const counts = emptyCounts();
  for (const claim of article.claims) counts[claim.status]++;
  return { ...article, counts };
});

export type PublicArticle = NonNullable<Awaited<ReturnType<typeof getPublicArticle>>>;
export type PublicArticleClaim = PublicArticle["claims"][number];
