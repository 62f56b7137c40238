import Link from "next/link";
import type { PublicClaim } from "@/lib/claims/public";
import { STATUS_INFO } from "@/lib/claims/status";
import { formatDate } from "@/lib/utils";
import { StatusBadge } from "./status-badge";

/** A claim's page heading: what was said, by whom (role at the time), where, and the verdict. */
export function ClaimHeader({ claim }: { claim: PublicClaim }) {
  return (
    <header className="space-y-3">
      <p className="text-sm">
        <Link href={`/speakers/${claim.speaker.slug}`} className="font-semibold underline underline-offset-4">
          {claim.speaker.name}
        </Link>
        {claim.speakerRole && <span className="text-stone-700">, {claim.speakerRole} at the time</span>}
        {claim.statedAt && <span className="text-stone-700"> · said {formatDate(claim.statedAt)}</span>}
      </p>
      <h1 className="font-serif text-2xl font-bold leading-tight sm:text-3xl">{claim.text}</h1>
      <blockquote className="border-l-4 border-stone-300 pl-3 font-serif italic text-stone-800">
        “{claim.quote}”
        <footer className="mt-1 font-sans text-sm not-italic text-stone-700">
          In{" "}
          <Link href={`/articles/${claim.article.slug}#claim-${claim.id}`} className="underline underline-offset-4">
            {claim.article.title}
          </Link>
          {claim.article.publishedAt && ` · ${formatDate(claim.article.publishedAt)}`}
        </footer>
      </blockquote>
      <div className="rounded border border-stone-300 bg-white p-4">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">Our verdict:</span>
          <StatusBadge status={claim.status} />
          <span className="text-sm text-stone-700">{STATUS_INFO[claim.status].meaning}</span>
        </p>
        {claim.rationale && (
          <p className="mt-2">
            <span className="font-semibold">Why: </span>
            {claim.rationale}
          </p>
        )}
      </div>
    </header>
  );
}
