"use client";
// The article page's claim cards, as a client component. As server components, each of
// a hundred cards was sent twice: as HTML, and again in the React payload describing
// every element and class name (450 KB for 100 claims). From a client component the
// payload carries only the claims' data, about a quarter of that; the HTML is the same.
// The data is lib/articles/card-claim: public fields the cards show, nothing else.
import type { CardClaim } from "@/lib/articles/card-claim";
import { ClaimCard } from "./claim-card";

export function ArticleClaimList({ claims, highlighted }: { claims: CardClaim[]; highlighted: string[] }) {
  const inText = new Set(highlighted);
  return claims.map((claim) => <ClaimCard key={claim.id} claim={claim} backHref={inText.has(claim.id) ? `#hl-${claim.id}` : undefined} />);
}
