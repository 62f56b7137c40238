import type { Metadata } from "next";
import { search } from "@/lib/search";
import { parseSearchParams } from "@/lib/search/schema";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search claims" };

export default async function SearchPage(props: PageProps<"/search">) {
  const params = parseSearchParams(await props.searchParams);
  const searching = Boolean(params.q || params.status || params.speaker || params.article || params.from || params.to);
  const result = searching ? await search(params) : null;
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Search claims</h1>
      <SearchForm params={params} />
      {result ? <SearchResults result={result} params={params} /> : <p>Type a word or pick a filter to search the claims.</p>}
    </div>
  );
}
