// What a claim card on the article page shows, and nothing more. The cards are a client
// component (components/claims/article-claim-list.tsx), so this travels to the browser
// as props: every field here is public and used.
import type { PublicArticleClaim } from "@/lib/articles/queries";
import { LINK_LABELS } from "@/lib/claims/links";
import type { ClaimStatus } from "@/lib/claims/status";

export type CardClaim = {
  id: string;
  text: string;
  status: ClaimStatus;
  speakerRole: string;
  speaker: { slug: string; name: string };
  statedAt: Date | null;
  rationale: string;
  anchorLost: boolean;
  evidence: PublicArticleClaim["evidence"];
  links: { id: string; label: string; other: { id: string; text: string; status: ClaimStatus; speakerName: string } }[];
};

type LinkedSummary = { id: string; text: string; status: ClaimStatus; speaker: { name: string } };
const other = (claim: LinkedSummary) => ({ id: claim.id, text: claim.text, status: claim.status, speakerName: claim.speaker.name });

export function toCardClaim(claim: PublicArticleClaim): CardClaim {
  return {
    id: claim.id,
    text: claim.text,
    status: claim.status,
    speakerRole: claim.speakerRole,
    speaker: { slug: claim.speaker.slug, name: claim.speaker.name },
    statedAt: claim.statedAt,
    rationale: claim.rationale,
    anchorLost: claim.anchorLost,
    evidence: claim.evidence,
    links: [
      ...claim.linksFrom.map((l) => ({ id: l.id, label: LINK_LABELS[l.type].outgoing, other: other(l.toClaim) })),
      ...claim.linksTo.map((l) => ({ id: l.id, label: LINK_LABELS[l.type].incoming, other: other(l.fromClaim) })),
    ],
  };
}
