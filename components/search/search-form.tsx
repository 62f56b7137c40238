import { CLAIM_STATUSES, STATUS_INFO } from "@/lib/claims/status";
import type { SearchParams } from "@/lib/search/schema";

const field = "rounded border border-stone-400 bg-white px-2 py-1.5 text-sm w-full";
const labelClass = "text-sm font-semibold";

/** The search page's query and filters: a GET form, so results are plain links and work without JS. */
export function SearchForm({ params }: { params: SearchParams }) {
  return (
    <form method="get" action="/search" role="search" aria-label="Search claims with filters" className="grid gap-3 rounded border border-stone-300 bg-white p-4 sm:grid-cols-2">
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor="search-q" className={labelClass}>
          Words to find
        </label>
        <input id="search-q" name="q" type="search" defaultValue={params.q} maxLength={200} className={field} aria-describedby="search-q-help" />
        <p id="search-q-help" className="text-xs text-stone-700">
          Searches what was said, who said it and article titles. Use &quot;quotes&quot; for a phrase, OR for either word, -word to exclude.
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-status" className={labelClass}>
          Status
        </label>
        <select id="search-status" name="status" defaultValue={params.status ?? ""} className={field}>
          <option value="">Any status</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_INFO[s].label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-speaker" className={labelClass}>
          Speaker
        </label>
        <input id="search-speaker" name="speaker" defaultValue={params.speaker ?? ""} maxLength={120} className={field} aria-describedby="search-speaker-help" />
        <p id="search-speaker-help" className="text-xs text-stone-700">
          Part of a name, e.g. Dmitriev.
        </p>
      </div>
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor="search-article" className={labelClass}>
          Article
        </label>
        <input id="search-article" name="article" defaultValue={params.article ?? ""} maxLength={200} className={field} aria-describedby="search-article-help" />
        <p id="search-article-help" className="text-xs text-stone-700">
          Words from its headline.
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-from" className={labelClass}>
          Said on or after
        </label>
        <input id="search-from" name="from" type="date" defaultValue={params.from ?? ""} className={field} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-to" className={labelClass}>
          Said on or before
        </label>
        <input id="search-to" name="to" type="date" defaultValue={params.to ?? ""} className={field} />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" className="rounded bg-stone-900 px-4 py-2 text-sm font-semibold text-white hover:bg-stone-700">
          Search
        </button>
      </div>
    </form>
  );
}
