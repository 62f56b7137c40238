import Link from "next/link";

/** Previous/next links through a speaker's record; plain links, so no JavaScript needed. */
export function Pager({ basePath, page, pageCount, total, pageSize }: { basePath: string; page: number; pageCount: number; total: number; pageSize: number }) {
  if (pageCount <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pages of this speaker's claims" className="flex flex-wrap items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={`${basePath}?page=${page - 1}`} className="underline underline-offset-4">
          ← Newer claims
        </Link>
      )}
      <span>
        Claims {first}–{last} of {total} (page {page} of {pageCount})
      </span>
      {page < pageCount && (
        <Link href={`${basePath}?page=${page + 1}`} className="underline underline-offset-4">
          Older claims →
        </Link>
      )}
    </nav>
  );
}
