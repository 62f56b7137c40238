// Public reads of speakers: what they said across articles, their track record and
// the contradictions their claims are part of.
import { cache } from "react";
import type { Db } from "@/lib/db/client";
import { publicClaimSummary } from "@/lib/claims/public";
import type { ClaimStatus } from "@/lib/claims/status";

/** A speaker by slug or id with all their claims, or null. */
export const getPublicSpeaker = cache(async (db: Db, key: string) => {
  const speaker = await db.speaker.findFirst({
    where: { OR: [{ slug: key }, { id: key }] },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      wikidataId: true,
      claims: {
        orderBy: [{ article: { publishedAt: "desc" } }, { articleId: "asc" }, { anchorStart: "asc" }],
        select: {
          id: true,
          text: true,
          status: true,
          speakerRole: true,
          statedAt: true,
          rationale: true,
          article: { select: { id: true, slug: true, title: true, outlet: true, publishedAt: true } },
        },
      },
    },
  });
  if (!speaker) return null;
  const counts: Record<ClaimStatus, number> = { confirmed: 0, denied: 0, unverified: 0 };
  for (const claim of speaker.claims) counts[claim.status]++;
  const contradictions = await db.claimLink.findMany({
    where: {
      type: "contradicts",
      OR: [{ fromClaim: { speakerId: speaker.id } }, { toClaim: { speakerId: speaker.id } }],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, note: true, fromClaim: { select: publicClaimSummary }, toClaim: { select: publicClaimSummary } },
  });
  return { ...speaker, counts, contradictions };
});

export type PublicSpeaker = NonNullable<Awaited<ReturnType<typeof getPublicSpeaker>>>;
