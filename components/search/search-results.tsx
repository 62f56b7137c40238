import Link from "next/link";
import type { SearchResult } from "@/lib/search";
import { searchHref, type SearchParams } from "@/lib/search/schema";
import { StatusBadge } from "@/components/claims/status-badge";
import { formatDate } from "@/lib/utils";
import { HighlightedText } from "./highlighted-text";

/** One page of search results with the matching words marked, and links to other pages. */
export function SearchResults({ result, params }: { result: SearchResult; params: SearchParams }) {
  const { hits, terms } = result;
  return (
    <section aria-labelledby="results-title" className="space-y-4">
      <h2 id="results-title" className="font-serif text-2xl font-bold" aria-live="polite">
        {result.total === 0 ? "No claims found" : `${result.total} claim${result.total === 1 ? "" : "s"} found`}
      </h2>
      <ol className="space-y-3">
        {hits.map((hit) => (
          <li key={hit.id} className="rounded border border-stone-300 bg-white p-3 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <StatusBadge status={hit.status} />
              <Link href={`/speakers/${hit.speaker.slug}`} className="font-semibold underline underline-offset-4">
                <HighlightedText text={hit.speaker.name} terms={terms} />
              </Link>
              {(hit.statedAt ?? hit.article.publishedAt) && <span className="text-stone-700">{formatDate(hit.statedAt ?? hit.article.publishedAt)}</span>}
            </p>
            <p className="mt-1 text-base">
              <Link href={`/claims/${hit.id}`} className="underline underline-offset-4">
                <HighlightedText text={hit.text} terms={terms} />
              </Link>
            </p>
            <p className="mt-1 italic text-stone-800">
              “<HighlightedText text={hit.quote} terms={terms} />”
            </p>
            <p className="mt-1 text-stone-700">
              In{" "}
              <Link href={`/articles/${hit.article.slug}`} className="underline underline-offset-4">
                <HighlightedText text={hit.article.title} terms={terms} />
              </Link>
            </p>
          </li>
        ))}
      </ol>
      {result.pageCount > 1 && (
        <nav aria-label="Result pages" className="flex flex-wrap items-center gap-4 text-sm">
          {result.page > 1 && (
            <Link href={searchHref({ ...params, page: result.page - 1 })} className="underline underline-offset-4" rel="prev">
              Previous page
            </Link>
          )}
          <span>
            Page {Math.min(result.page, result.pageCount)} of {result.pageCount}
          </span>
          {result.page < result.pageCount && (
            <Link href={searchHref({ ...params, page: result.page + 1 })} className="underline underline-offset-4" rel="next">
              Next page
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
