/** The site-wide search box: a plain GET form, so it works without JavaScript. */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" aria-label="Site search" className="flex max-w-md gap-2">
      <label htmlFor="site-search" className="sr-only">
        Search claims, speakers and articles
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search claims, speakers, articles"
        maxLength={200}
        className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-3 py-1.5 text-sm"
      />
      <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-stone-700">
        Search
      </button>
    </form>
  );
}
