// Public reads of speakers: what they said across articles, their track record and
// the contradictions their claims are part of.
import { cache } from "react";
import type { Db } from "@/lib/db/client";
import { publicClaimSummary } from "@/lib/claims/public";
import type { ClaimStatus } from "@/lib/claims/status";

/** Claims per page of a speaker's record: a busy speaker has thousands. */
export const SPEAKER_PAGE_SIZE = 50;
/** The most recent contradictions shown with the record (a busy speaker has hundreds). */
export const SPEAKER_CONTRADICTIONS_SHOWN = 20;

/**
 * A speaker by slug or id with one page of their claims (newest articles first), the
 * track record over ALL their claims, and their contradictions; or null.
 */
export const getPublicSpeaker = cache(async (db: Db, key: string, requestedPage = 1) => {
  const found = await db.speaker.findFirst({ where: { OR: [{ slug: key }, { id: key }] }, select: { id: true } });
  if (!found) return null;
  const grouped = await db.claim.groupBy({ by: ["status"], where: { speakerId: found.id }, _count: { _all: true } });
  const counts: Record<ClaimStatus, number> = { confirmed: 0, denied: 0, unverified: 0 };
  for (const row of grouped) counts[row.status] = row._count._all;
  const total = counts.confirmed + counts.denied + counts.unverified;
  const pageCount = Math.max(1, Math.ceil(total / SPEAKER_PAGE_SIZE));
  const page = Number.isInteger(requestedPage) ? Math.min(Math.max(1, requestedPage), pageCount) : 1;
  const speaker = await db.speaker.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      wikidataId: true,
      claims: {
        orderBy: [{ article: { publishedAt: "desc" } }, { articleId: "asc" }, { anchorStart: "asc" }],
        skip: (page - 1) * SPEAKER_PAGE_SIZE,
        take: SPEAKER_PAGE_SIZE,
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
  const contradictionsWhere = {
    type: "contradicts" as const,
    OR: [{ fromClaim: { speakerId: speaker.id } }, { toClaim: { speakerId: speaker.id } }],
  };
  const contradictions = await db.claimLink.findMany({
    where: contradictionsWhere,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SPEAKER_CONTRADICTIONS_SHOWN,
    select: { id: true, note: true, fromClaim: { select: publicClaimSummary }, toClaim: { select: publicClaimSummary } },
  });
  const contradictionCount = await db.claimLink.count({ where: contradictionsWhere });
  return { ...speaker, counts, contradictions, contradictionCount, pagination: { page, pageCount, total, pageSize: SPEAKER_PAGE_SIZE } };
});

export type PublicSpeaker = NonNullable<Awaited<ReturnType<typeof getPublicSpeaker>>>;
