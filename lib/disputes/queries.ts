// Reads of disputes. Public reads select only what readers may see: never the
// submitter's email, and a moderator's note only once it is a decision.
import "server-only";
import type { Db } from "@/lib/db/client";
import { publicClaimSummary, publicEvidence, publicStatusChange } from "@/lib/claims/public";
import { isFinal, UNRESOLVED_STATES, type DisputeState } from "@/lib/disputes/state-machine";

const publicDisputeFields = {
  id: true,
  ref: true,
  state: true,
  proposedStatus: true,
  reason: true,
  evidenceUrl: true,
  submitterName: true,
  resolutionNote: true,
  createdAt: true,
  resolvedAt: true,
} as const;

type Row = { state: DisputeState; resolutionNote: string | null };
/** A note written while asking the editors to review is internal until it becomes the decision. */
function publicNote<T extends Row>(row: T): T {
  return { ...row, resolutionNote: isFinal(row.state) ? row.resolutionNote : null };
}

export async function getPublicDispute(db: Db, ref: string) {
  const row = await db.dispute.findUnique({
    where: { ref },
    select: { ...publicDisputeFields, claim: { select: publicClaimSummary } },
  });
  return row && publicNote(row);
}
export type PublicDispute = NonNullable<Awaited<ReturnType<typeof getPublicDispute>>>;

/** A claim's disputes for its public page, newest first. */
export async function listClaimDisputes(db: Db, claimId: string) {
  const rows = await db.dispute.findMany({ where: { claimId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: publicDisputeFields });
  return rows.map(publicNote);
}
export type ClaimDispute = Awaited<ReturnType<typeof listClaimDisputes>>[number];

export type DisputeCounts = { open: number; accepted: number; rejected: number };

/** Disputes on an article's claims: waiting (open or with the editors), accepted, rejected. */
export async function articleDisputeCounts(db: Db, articleId: string): Promise<DisputeCounts> {
  const groups = await db.dispute.groupBy({ by: ["state"], where: { claim: { articleId } }, _count: { _all: true } });
  const count = (states: DisputeState[]) => groups.filter((g) => states.includes(g.state)).reduce((sum, g) => sum + g._count._all, 0);
  return { open: count(UNRESOLVED_STATES), accepted: count(["accepted"]), rejected: count(["rejected"]) };
}

export type QueueFilters = { articleId?: string; claimId?: string; olderThanDays?: number };

/** The moderation queue: disputes waiting for a decision, oldest first, with their claim's record. */
export async function moderationQueue(db: Db, filters: QueueFilters = {}, now = new Date()) {
  return db.dispute.findMany({
    where: {
      state: { in: UNRESOLVED_STATES },
      ...(filters.claimId && { claimId: filters.claimId }),
      ...(filters.articleId && { claim: { articleId: filters.articleId } }),
      ...(filters.olderThanDays && { createdAt: { lte: new Date(now.getTime() - filters.olderThanDays * 86_400_000) } }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      ...publicDisputeFields,
      submitterUserId: true,
      claim: {
        select: {
          ...publicClaimSummary,
          quote: true,
          rationale: true,
          updatedById: true,
          lockedAt: true,
          lockReason: true,
          lockedBy: { select: { name: true } },
          updatedBy: { select: { name: true } },
          evidence: { orderBy: { createdAt: "asc" }, select: publicEvidence },
          statusChanges: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: publicStatusChange },
        },
      },
    },
  });
}
export type QueueItem = Awaited<ReturnType<typeof moderationQueue>>[number];

/** Articles and claims that have disputes waiting, for the queue's filters. */
export async function queueFilterOptions(db: Db) {
  const claims = await db.claim.findMany({
    where: { disputes: { some: { state: { in: UNRESOLVED_STATES } } } },
    orderBy: { createdAt: "asc" },
    select: { id: true, text: true, speaker: { select: { name: true } }, article: { select: { id: true, title: true } } },
  });
  const articles = [...new Map(claims.map((c) => [c.article.id, c.article])).values()];
  return { articles, claims };
}

/** For an editor: disputes on claims they created or last changed, and every one sent to the editors. */
export async function editorDisputes(db: Db, userId: string) {
  return db.dispute.findMany({
    where: { OR: [{ state: "needs_review" }, { claim: { createdById: userId } }, { claim: { updatedById: userId } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      ...publicDisputeFields,
      updatedAt: true,
      claim: { select: { ...publicClaimSummary, lockedAt: true, lockReason: true, createdById: true, updatedById: true } },
    },
  });
}

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, a page at a time (`before` is the last id of the previous page). */
export async function auditLogPage(db: Db, before?: string) {
  const rows = await db.auditLog.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    ...(before && { cursor: { id: before }, skip: 1 }),
    select: { id: true, action: true, targetType: true, targetId: true, detail: true, createdAt: true, actor: { select: { name: true, email: true } } },
  });
  return { entries: rows.slice(0, AUDIT_PAGE_SIZE), nextBefore: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1]!.id : null };
}
