import Link from "next/link";
import type { PublicArticleClaim } from "@/lib/articles/queries";
import { LINK_LABELS } from "@/lib/claims/links";
import { formatDate } from "@/lib/utils";
import { StatusBadge } from "./status-badge";
import { EvidenceList } from "./evidence-list";

/** One claim in an article's claim list: who, what, verdict, why, evidence, links. */
export function ClaimCard({ claim, backHref }: { claim: PublicArticleClaim; backHref?: string }) {
  const links = [
    ...claim.linksFrom.map((l) => ({ id: l.id, label: LINK_LABELS[l.type].outgoing, note: l.note, other: l.toClaim })),
    ...claim.linksTo.map((l) => ({ id: l.id, label: LINK_LABELS[l.type].incoming, note: l.note, other: l.fromClaim })),
  ];
  return (
    // tabIndex -1: following a highlight's #claim-… link moves focus here, not just the scroll position.
    <article
      id={`claim-${claim.id}`}
      tabIndex={-1}
      aria-labelledby={`claim-${claim.id}-text`}
      className="scroll-mt-4 rounded border border-stone-300 bg-white p-4 target:ring-2 target:ring-blue-700"
    >
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={claim.status} />
        <span className="text-sm">
          <Link href={`/speakers/${claim.speaker.slug}`} className="font-semibold underline-offset-4 hover:underline">
            {claim.speaker.name}
          </Link>
          {claim.speakerRole && <span className="text-stone-700">, {claim.speakerRole}</span>}
          {claim.statedAt && <span className="text-stone-700"> · {formatDate(claim.statedAt)}</span>}
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
              <Link href={`/claims/${link.other.id}`} className="underline underline-offset-4">
                {link.other.speaker.name}: “{link.other.text}”
              </Link>
              <StatusBadge status={link.other.status} />
            </li>
          ))}
        </ul>
      )}
      {backHref && (
        <p className="mt-3 text-sm">
          <a href={backHref} className="underline underline-offset-4">
            Back to this claim in the article text
          </a>
        </p>
      )}
    </article>
  );
}
