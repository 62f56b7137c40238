import Link from "next/link";
import type { CardClaim } from "@/lib/articles/card-claim";
import { formatDate } from "@/lib/utils";
import { StatusBadge } from "./status-badge";
import { EvidenceList } from "./evidence-list";

/** One claim in an article's claim list: who, what, verdict, why, evidence, links. */
export function ClaimCard({ claim, backHref }: { claim: CardClaim; backHref?: string }) {
  const { links } = claim;
  return (
    // tabIndex -1: following a highlight's #claim-… link moves focus here, not just the scroll position.
    <article
      id={`claim-${claim.id}`}
      tabIndex={-1}
      aria-labelledby={`claim-${claim.id}-text`}
      className="claim-card"
    >
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={claim.status} />
        <span className="text-sm">
          <Link href={`/speakers/${claim.speaker.slug}`} className="font-semibold underline-offset-4 hover:underline">
            {claim.speaker.name}
          </Link>
          {claim.speakerRole && <span className="text-stone-700">{`, ${claim.speakerRole}`}</span>}
          {claim.statedAt && <span className="text-stone-700">{` · ${formatDate(claim.statedAt)}`}</span>}
        </span>
      </div>
      <h3 id={`claim-${claim.id}-text`} className="mt-2 text-base font-medium">
        <Link href={`/claims/${claim.id}`} className="underline-offset-4 hover:underline">
          {claim.text}
        </Link>
      </h3>
      {claim.rationale && (
        <p className="mt-1 text-sm text-stone-700">
          <span className="font-semibold">Why: </span>
          {claim.rationale}
        </p>
      )}
      {claim.anchorLost && (
        <p className="mt-1 text-sm text-stone-700">The quoted words are no longer in the article text.</p>
      )}
      <EvidenceList evidence={claim.evidence} />
      {links.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm" aria-label="Related claims">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center gap-1">
              <span className="font-semibold">{link.label}</span>
              <Link href={`/claims/${link.other.id}`} className="text-link">
                {`${link.other.speakerName}: “${link.other.text}”`}
              </Link>
              <StatusBadge status={link.other.status} />
            </li>
          ))}
        </ul>
      )}
      {backHref && (
        <p className="mt-3 text-sm">
          <a href={backHref} className="text-link">
            Back to this claim in the article text
          </a>
        </p>
      )}
    </article>
  );
}
