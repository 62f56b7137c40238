import Link from "next/link";
import { db } from "@/lib/db";
import { listArticles } from "@/lib/articles/queries";
import { recentStatusChanges } from "@/lib/claims/public";
import { StatusCounts } from "@/components/claims/status-counts";
import { RecentChanges } from "@/components/claims/recent-changes";
import { formatDate } from "@/lib/utils";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [articles, changes] = await Promise.all([listArticles(db), recentStatusChanges(db, 10)]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="articles-title" className="space-y-4">
        <h1 id="articles-title" className="font-serif text-3xl font-bold">
          Fact-checked articles
        </h1>
        {articles.length === 0 ? (
          <p>No articles have been published yet.</p>
        ) : (
          <ul className="space-y-4">
            {articles.map((article) => (
              <li key={article.id} className="rounded border border-stone-300 bg-white p-4">
                <h2 className="font-serif text-xl font-semibold">
                  <Link href={`/articles/${article.slug}`} className="underline-offset-4 hover:underline">
                    {article.title}
                  </Link>
                </h2>
                <p className="text-sm text-stone-700">
                  {article.outlet}
                  {article.publishedAt && ` · ${formatDate(article.publishedAt)}`}
                </p>
                <StatusCounts counts={article.counts} label="Claims by status" className="mt-2" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <RecentChanges changes={changes} />
    </div>
  );
}
