import Link from "next/link";
import { listArticles } from "@/lib/articles/queries";
import { CLAIM_STATUSES } from "@/lib/claims/status";
import { StatusBadge } from "@/components/claims/status-badge";
import { formatDate } from "@/lib/utils";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const articles = await listArticles();
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Fact-checked articles</h1>
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
              <ul className="mt-2 flex flex-wrap gap-3 text-sm" aria-label="Claims by status">
                {CLAIM_STATUSES.map((status) => (
                  <li key={status} className="flex items-center gap-1">
                    <StatusBadge status={status} /> {article.counts[status]}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
