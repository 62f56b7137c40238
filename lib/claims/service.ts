// Claim writes. Two rules hold for every caller (editor desk, moderation, scripts):
//  - Optimistic concurrency: a save names the version it was based on; if someone
//    saved since, the write is refused with StaleClaimError saying what changed,
//    and nothing is written. No silent overwrite.
//  - A status change is written to the claim's history (StatusChange) in the same
//    transaction as the change itself, with its reason and actor.
// Callers check the caller's role before calling (lib/actions/action.ts).
import type { Db } from "@/lib/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/actions/errors";
import type { ClaimUpdate } from "@/lib/claims/schemas";
import type { ClaimStatus } from "@/lib/claims/status";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const EDITABLE = ["text", "speakerId", "speakerRole", "statedAt", "rationale", "editorNotes", "status"] as const;
type Editable = (typeof EDITABLE)[number];

export class StaleClaimError extends ConflictError {
  constructor(
    readonly currentVersion: number,
    readonly changedFields: Editable[],
    readonly changedBy: string | null,
  ) {
    const who = changedBy ?? "someone else";
    const what = changedFields.length ? ` (changed: ${changedFields.join(", ")})` : "";
    super(
      `${who} saved this claim after you opened it${what}. Nothing was saved; your edits are still in the form. Review their changes, then save again.`,
      Object.fromEntries(changedFields.map((f) => [f, ["Changed by another editor since you opened the claim."]])),
    );
    this.name = "StaleClaimError";
  }
}

export class ClaimLockedError extends ConflictError {
  constructor(reason: string | null) {
    super(`This claim is locked by a moderator${reason ? `: ${reason}` : ""}. It can be edited again once the dispute is resolved.`);
    this.name = "ClaimLockedError";
  }
}

export type Actor = { id: string; role: "admin" | "moderator" | "editor" };

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return (a as Date | null)?.getTime?.() === (b as Date | null)?.getTime?.();
  return a === b;
}

/**
 * Applies an editor's changes to a claim. Returns the new version. Refuses (and writes
 * nothing) when the claim is missing, locked for an editor, stale, or when the status
 * changes without a reason.
 */
export async function updateClaim(db: Db, input: ClaimUpdate, actor: Actor): Promise<{ version: number; statusChanged: boolean }> {
  return db.$transaction(async (tx) => {
    const current = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: {
        version: true, text: true, speakerId: true, speakerRole: true, statedAt: true, rationale: true,
        editorNotes: true, status: true, lockedAt: true, lockReason: true,
      },
    });
    if (!current) throw new NotFoundError("That claim no longer exists.");
    if (current.lockedAt && actor.role === "editor") throw new ClaimLockedError(current.lockReason);
    if (current.version !== input.expectedVersion) throw await staleError(tx, input, current.version);

    const changes = Object.fromEntries(
      EDITABLE.filter((f) => input[f] !== undefined && !sameValue(input[f], current[f])).map((f) => [f, input[f]]),
    ) as Partial<Pick<ClaimUpdate, Editable>>;
    const statusChanged = "status" in changes;
    if (statusChanged && !input.statusReason) {
      throw new InvalidInputError("A status change needs a reason.", { statusReason: ["Say why the status changes."] });
    }
    if (Object.keys(changes).length === 0) return { version: current.version, statusChanged: false };

    // The version in the WHERE makes the check and the write one atomic step, so two
    // concurrent saves from the same version cannot both succeed.
    const written = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.expectedVersion },
      data: { ...changes, version: { increment: 1 }, updatedById: actor.id },
    });
    if (written.count === 0) throw await staleError(tx, input, current.version + 1);
    if (statusChanged) {
      await tx.statusChange.create({
        data: {
          claimId: input.claimId,
          fromStatus: current.status,
          toStatus: changes.status!,
          reason: input.statusReason!,
          actorId: actor.id,
        },
      });
    }
    return { version: current.version + 1, statusChanged };
  });
}

/**
 * Changes only the status (used by moderation when a dispute is accepted). Runs inside
 * the caller's transaction so the status, its history entry and the dispute decision
 * commit together or not at all.
 */
export async function changeStatusInTx(
  tx: Tx,
  args: { claimId: string; to: ClaimStatus; reason: string; actorId: string; disputeId?: string },
): Promise<{ from: ClaimStatus; version: number }> {
  const current = await tx.claim.findUnique({ where: { id: args.claimId }, select: { status: true, version: true } });
  if (!current) throw new NotFoundError("That claim no longer exists.");
  if (!args.reason.trim()) throw new InvalidInputError("A status change needs a reason.");
  const written = await tx.claim.updateMany({
    where: { id: args.claimId, version: current.version },
    data: { status: args.to, version: { increment: 1 }, updatedById: args.actorId },
  });
  if (written.count === 0) throw new ConflictError("The claim changed while this decision was being recorded. Try again.");
  await tx.statusChange.create({
    data: {
      claimId: args.claimId,
      fromStatus: current.status,
      toStatus: args.to,
      reason: args.reason.trim(),
      actorId: args.actorId,
      disputeId: args.disputeId ?? null,
    },
  });
  return { from: current.status, version: current.version + 1 };
}

async function staleError(tx: Tx, input: ClaimUpdate, fallbackVersion: number): Promise<StaleClaimError> {
  const now = await tx.claim.findUnique({
    where: { id: input.claimId },
    select: {
      version: true, text: true, speakerId: true, speakerRole: true, statedAt: true, rationale: true,
      editorNotes: true, status: true, updatedBy: { select: { name: true } },
    },
  });
  if (!now) return new StaleClaimError(fallbackVersion, [], null);
  // Fields the other editor's save left different from what this editor is submitting.
  const changed = EDITABLE.filter((f) => input[f] !== undefined && !sameValue(input[f], now[f]));
  return new StaleClaimError(now.version, changed, now.updatedBy?.name ?? null);
}
