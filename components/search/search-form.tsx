import { CLAIM_STATUSES, STATUS_INFO } from "@/lib/claims/status";
import type { SearchParams } from "@/lib/search/schema";

const field = "rounded border border-stone-400 bg-white px-2 py-1.5 text-sm w-full";
const labelClass = "text-sm font-semibold";

type FilterProps = React.InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string; wide?: boolean };

/** One labelled filter: its hint, below the control, is tied to it with aria-describedby. */
function Filter({ id, label, hint, wide, ...input }: FilterProps) {
  const hintId = hint ? `${id}-help` : undefined;
  return (
    <div className={`flex flex-col gap-1${wide ? " sm:col-span-2" : ""}`}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} className={field} aria-describedby={hintId} {...input} />
      {hint && (
        <p id={hintId} className="text-xs text-stone-700">
          {hint}
        </p>
      )}
    </div>
  );
}

/** The search page's query and filters: a GET form, so results are plain links and work without JS. */
export function SearchForm({ params }: { params: SearchParams }) {
  return (
    <form method="get" action="/search" role="search" aria-label="Search claims with filters" className="grid gap-3 rounded border border-stone-300 bg-white p-4 sm:grid-cols-2">
      <Filter
        id="search-q" name="q" type="search" label="Words to find" wide defaultValue={params.q} maxLength={200}
        hint={'Searches what was said, who said it and article titles. Use "quotes" for a phrase, OR for either word, -word to exclude.'}
      />
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
      <Filter id="search-speaker" name="speaker" label="Speaker" hint="Part of a name, e.g. Dmitriev." defaultValue={params.speaker ?? ""} maxLength={120} />
      <Filter id="search-article" name="article" label="Article" hint="Words from its headline." wide defaultValue={params.article ?? ""} maxLength={200} />
      <Filter id="search-from" name="from" type="date" label="Said on or after" defaultValue={params.from ?? ""} />
      <Filter id="search-to" name="to" type="date" label="Said on or before" defaultValue={params.to ?? ""} />
      <div className="sm:col-span-2">
        <button type="submit" className="rounded bg-stone-900 px-4 py-2 text-sm font-semibold text-white hover:bg-stone-700">
          Search
        </button>
      </div>
    </form>
  );
}
