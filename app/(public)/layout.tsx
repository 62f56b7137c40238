import { SearchBox } from "@/components/search/search-box";

/** Pages for readers: no sign-in, a search box on every page. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="space-y-8">
      <SearchBox />
      {children}
    </div>
  );
}
