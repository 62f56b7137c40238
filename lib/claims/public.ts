// Public reads of claims: the claim page, the API and the feeds. Selects only fields
// readers may see; editorNotes, locks, authors and dispute submitters never leave here.
import { cache } from "react";
import type { Db } from "@/lib/db/client";

export const publicClaimSummary = {
  id: true,
  text: true,
  status: true,
  speakerRole: true,
  speaker: { select: { id: true, slug: true, name: true } },
  article: { select: { id: true, slug: true, title: true } },
} as const;

export const publicEvidence = {
  id: true,
  kind: true,
  stance: true,
  sourceName: true,
  url: true,
  excerpt: true,
  publishedAt: true,
} as const;

/** One row of a claim's public status history; a dispute is named only by its public reference. */
export const publicStatusChange = {
  id: true,
  fromStatus: true,
  toStatus: true,
  reason: true,
  createdAt: true,
  dispute: { select: { ref: true } },
} as const;

/** A claim by id, with everything its public page shows, or null. */
export const getPublicClaim = cache(async (db: Db, id: string) => {
  return db.claim.findUnique({
    where: { id },
    select: {
      id: true,
      text: true,
      quote: true,
      status: true,
      rationale: true,
      speakerRole: true,
      statedAt: true,
      anchorLost: true,
      createdAt: true,
      updatedAt: true,
      speaker: { select: { id: true, slug: true, name: true, description: true, wikidataId: true } },
      article: { select: { id: true, slug: true, title: true, outlet: true, url: true, publishedAt: true } },
      evidence: { orderBy: { createdAt: "asc" }, select: publicEvidence },
      linksFrom: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, note: true, toClaim: { select: publicClaimSummary } } },
      linksTo: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, note: true, fromClaim: { select: publicClaimSummary } } },
      statusChanges: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: publicStatusChange },
    },
  });
});

export type PublicClaim = NonNullable<Awaited<ReturnType<typeof getPublicClaim>>>;

/** The latest status changes across all claims (home page, Atom feed). */
export async function recentStatusChanges(db: Db, limit = 10) {
  return db.statusChange.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { ...publicStatusChange, claim: { select: publicClaimSummary } },
  });
}

export type RecentStatusChange = Awaited<ReturnType<typeof recentStatusChanges>>[number];
