import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { getPublicArticle } from "@/lib/articles/queries";
import { toCardClaim } from "@/lib/articles/card-claim";
import { matchesFilters, parseArticleFilters } from "@/lib/articles/filters";
import { ArticleBody } from "@/components/articles/article-body";
import { ArticleDownloads } from "@/components/articles/article-downloads";
import { ClaimFilters } from "@/components/articles/claim-filters";
import { ArticleClaimList } from "@/components/claims/article-claim-list";
import { StatusCounts } from "@/components/claims/status-counts";
import { StatusLegend } from "@/components/claims/status-legend";
import { ArticleDisputeCounts } from "@/components/disputes/article-dispute-counts";
import { formatDate } from "@/lib/utils";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: PageProps<"/articles/[id]">): Promise<Metadata> {
  const article = await getPublicArticle(db, (await props.params).id);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage(props: PageProps<"/articles/[id]">) {
  const article = await getPublicArticle(db, (await props.params).id);
  if (!article) notFound();
  const filters = parseArticleFilters(await props.searchParams);
  const claims = article.claims.filter((c) => matchesFilters(c, filters));
  const highlighted = new Set(claims.filter((c) => !c.anchorLost).map((c) => c.id));
  const highlights = claims
    .filter((c) => highlighted.has(c.id))
    .map((c) => ({ id: c.id, start: c.anchorStart, end: c.anchorEnd, status: c.status, speakerName: c.speaker.name }));
  const speakers = [...new Map(article.claims.map((c) => [c.speaker.slug, c.speaker])).values()].sort((a, b) => a.name.localeCompare(b.name));
  const path = `/articles/${article.slug}`;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold leading-tight">{article.title}</h1>
        <p className="text-sm text-stone-700">
          {article.outlet}
          {article.publishedAt && ` · ${formatDate(article.publishedAt)}`}
        </p>
        <StatusCounts counts={article.counts} label="Claims in this article by status" />
        <ArticleDisputeCounts articleId={article.id} />
        <ArticleDownloads articlePath={path} />
      </header>
      <StatusLegend />
      <ClaimFilters articlePath={path} filters={filters} speakers={speakers} shown={claims.length} total={article.claims.length} />
      <section aria-labelledby="article-text">
        <h2 id="article-text" className="sr-only">
          Article text with highlighted claims
        </h2>
        <ArticleBody body={article.body} claims={highlights} />
      </section>
      <section aria-labelledby="claims-title" className="space-y-4">
        <h2 id="claims-title" className="font-serif text-2xl font-bold">
          Claims in this article ({claims.length})
        </h2>
        {claims.length === 0 && <p>No claims match these filters.</p>}
        <ArticleClaimList claims={claims.map(toCardClaim)} highlighted={[...highlighted]} />
      </section>
    </div>
  );
}
