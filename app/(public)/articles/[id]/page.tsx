import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublicArticle } from "@/lib/articles/queries";
import { CLAIM_STATUSES } from "@/lib/claims/status";
import { ArticleBody } from "@/components/articles/article-body";
import { ClaimCard } from "@/components/claims/claim-card";
import { StatusBadge } from "@/components/claims/status-badge";
import { StatusLegend } from "@/components/claims/status-legend";
import { formatDate } from "@/lib/utils";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: PageProps<"/articles/[id]">): Promise<Metadata> {
  const article = await getPublicArticle((await props.params).id);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage(props: PageProps<"/articles/[id]">) {
  const article = await getPublicArticle((await props.params).id);
  if (!article) notFound();
  const highlights = article.claims
    .filter((c) => !c.anchorLost)
    .map((c) => ({ id: c.id, start: c.anchorStart, end: c.anchorEnd, status: c.status, speakerName: c.speaker.name }));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold leading-tight">{article.title}</h1>
        <p className="text-sm text-stone-700">
          {article.outlet}
          {article.publishedAt && ` · ${formatDate(article.publishedAt)}`}
        </p>
        <ul className="flex flex-wrap gap-3 text-sm" aria-label="Claims in this article by status">
          {CLAIM_STATUSES.map((status) => (
            <li key={status} className="flex items-center gap-1">
              <StatusBadge status={status} /> {article.counts[status]}
            </li>
          ))}
        </ul>
      </header>
      <StatusLegend />
      <section aria-labelledby="article-text">
        <h2 id="article-text" className="sr-only">
          Article text with highlighted claims
        </h2>
        <ArticleBody body={article.body} claims={highlights} />
      </section>
      <section aria-labelledby="claims-title" className="space-y-4">
        <h2 id="claims-title" className="font-serif text-2xl font-bold">
          Claims in this article ({article.claims.length})
        </h2>
        {article.claims.map((claim) => (
          <ClaimCard key={claim.id} claim={claim} />
        ))}
      </section>
    </div>
  );
}
