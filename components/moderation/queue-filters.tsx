import Link from "next/link";
import { inputClass, secondaryButtonClass } from "@/components/forms/field";

export const AGE_OPTIONS = [1, 3, 7, 30] as const;

type Props = {
  articles: { id: string; title: string }[];
  claims: { id: string; text: string; speaker: { name: string } }[];
  current: { article?: string; claim?: string; age?: number };
};

/** Filters for the queue, as a plain GET form so a filtered queue has a shareable URL. */
export function QueueFilters({ articles, claims, current }: Props) {
  const selectClass = `${inputClass} w-auto max-w-xs py-1 text-sm`;
  return (
    <form method="get" action="/moderation" className="flex flex-wrap items-end gap-3" aria-label="Filter the queue">
      <div className="space-y-1">
        <label htmlFor="filter-article" className="block text-sm font-semibold">Article</label>
        <select id="filter-article" name="article" defaultValue={current.article ?? ""} className={selectClass}>
          <option value="">All articles</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>{a.title}</option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-claim" className="block text-sm font-semibold">Claim</label>
        <select id="filter-claim" name="claim" defaultValue={current.claim ?? ""} className={selectClass}>
          <option value="">All claims</option>
          {claims.map((c) => (
            <option key={c.id} value={c.id}>{`${c.speaker.name}: ${c.text}`.slice(0, 80)}</option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-age" className="block text-sm font-semibold">Waiting for</label>
        <select id="filter-age" name="age" defaultValue={current.age ? String(current.age) : ""} className={selectClass}>
          <option value="">Any time</option>
          {AGE_OPTIONS.map((days) => (
            <option key={days} value={days}>{`At least ${days} day${days === 1 ? "" : "s"}`}</option>
          ))}
        </select>
      </div>
      <button type="submit" className={secondaryButtonClass}>Filter</button>
      <Link href="/moderation" className="text-sm underline underline-offset-4">Clear filters</Link>
    </form>
  );
}
