import Link from "next/link";
import type { ArticleFilters } from "@/lib/articles/filters";
import { CLAIM_STATUSES, STATUS_INFO } from "@/lib/claims/status";

type Props = {
  articlePath: string;
  filters: ArticleFilters;
  speakers: { slug: string; name: string }[];
  shown: number;
  total: number;
};

const fieldClass = "rounded border border-stone-400 bg-white px-2 py-1.5 text-sm";

/** Filters the article's claims by status and speaker: a GET form, so no JavaScript is needed. */
export function ClaimFilters({ articlePath, filters, speakers, shown, total }: Props) {
  const filtered = Boolean(filters.status || filters.speaker);
  return (
    <form method="get" action={articlePath} aria-label="Filter claims" className="flex flex-wrap items-end gap-3 rounded border border-stone-300 bg-white p-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-status" className="text-sm font-semibold">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={fieldClass}>
          <option value="">All statuses</option>
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_INFO[status].label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor="filter-speaker" className="text-sm font-semibold">
          Speaker
        </label>
        <select id="filter-speaker" name="speaker" defaultValue={filters.speaker ?? ""} className={`${fieldClass} max-w-full`}>
          <option value="">All speakers</option>
          {speakers.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-stone-700">
        Filter claims
      </button>
      <p className="text-sm text-stone-700" aria-live="polite">
        Showing {shown} of {total} claims
        {filtered && (
          <>
            {" · "}
            <Link href={articlePath} className="underline underline-offset-4">
              Clear filters
            </Link>
          </>
        )}
      </p>
    </form>
  );
}
