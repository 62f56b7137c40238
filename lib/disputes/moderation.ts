// Moderators' decisions on disputes, and claim locks. Every write here happens in one
// transaction with its audit-log row (and, for an accepted dispute, the claim's status
// change and history entry): either all of it is recorded or none of it.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/sqlite/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/actions/errors";
import type { Role } from "@/lib/auth/roles";
import { changeStatusInTx } from "@/lib/claims/service";
import { STATUS_INFO } from "@/lib/claims/status";
import type { DecideDisputeInput } from "@/lib/disputes/schemas";
import { assertTransition, isFinal, UNRESOLVED_STATES, type DisputeState } from "@/lib/disputes/state-machine";

type Tx = Prisma.TransactionClient;
export type Moderator = { id: string; role: Role };
export type Decided = { ref: string; state: DisputeState; claimId: string; articleSlug: string; speakerSlug: string; adminOverride: boolean };

/** A moderator deciding a dispute they are party to; another moderator (or an admin, explicitly) must. */
export class SeparationOfDutiesError extends ConflictError {
  constructor(
    readonly conflicts: string[],
    readonly canOverride: boolean,
  ) {
    super(
      `You cannot decide this dispute because ${conflicts.join(" and ")}. ` +
        (canOverride
          ? "As an administrator you may decide anyway: tick “Override separation of duties”; the override is recorded in the audit log."
          : "Another moderator must decide it."),
      canOverride ? { override: ["Tick this to decide as an administrator despite the conflict."] } : undefined,
    );
    this.name = "SeparationOfDutiesError";
  }
}

function audit(tx: Tx, actorId: string, action: string, targetType: "dispute" | "claim", targetId: string, detail: string) {
  return tx.auditLog.create({ data: { actorId, action, targetType, targetId, detail } });
}

const DECISION_ACTION: Record<DecideDisputeInput["decision"], string> = {
  accepted: "dispute.accept",
  rejected: "dispute.reject",
  needs_review: "dispute.request_review",
};

export async function decideDispute(db: Db, input: DecideDisputeInput, actor: Moderator): Promise<Decided> {
  return db.$transaction(async (tx) => {
    const dispute = await tx.dispute.findUnique({
      where: { id: input.disputeId },
      select: {
        id: true, ref: true, state: true, claimId: true, proposedStatus: true, reason: true, submitterUserId: true,
        claim: { select: { status: true, updatedById: true, lockedAt: true, article: { select: { slug: true } }, speaker: { select: { slug: true } } } },
      },
    });
    if (!dispute) throw new NotFoundError("That dispute no longer exists.");
    const from = dispute.state;
    const to = input.decision;
    assertTransition(from, to);

    // Separation of duties applies to decisions (accept/reject); asking the editors to
    // review decides nothing.
    let adminOverride = false;
    if (isFinal(to)) {
      const conflicts = [
        ...(dispute.claim.updatedById === actor.id ? ["you made the last change to this claim"] : []),
        ...(dispute.submitterUserId === actor.id ? ["you filed this dispute"] : []),
      ];
      if (conflicts.length > 0) {
        if (actor.role !== "admin" || !input.override) throw new SeparationOfDutiesError(conflicts, actor.role === "admin");
        adminOverride = true;
        await audit(tx, actor.id, "dispute.admin_override", "dispute", dispute.id, `${dispute.ref}: decided although ${conflicts.join(" and ")}`);
      }
    }

    let statusDetail = "";
    if (to === "accepted") {
      if (dispute.claim.status === dispute.proposedStatus) {
        throw new ConflictError(
          `The claim is already “${STATUS_INFO[dispute.proposedStatus].label}”, so accepting would change nothing. Reject the dispute with a note saying so.`,
        );
      }
      const reason = `Reader dispute ${dispute.ref} accepted: ${dispute.reason}${input.note ? `\nModerator's note: ${input.note}` : ""}`;
      const change = await changeStatusInTx(tx, { claimId: dispute.claimId, to: dispute.proposedStatus, reason, actorId: actor.id, disputeId: dispute.id });
      statusDetail = `; status ${change.from} → ${dispute.proposedStatus}`;
    }

    const final = isFinal(to);
    // The state in the WHERE: two moderators deciding at once cannot both win.
    const written = await tx.dispute.updateMany({
      where: { id: dispute.id, state: from },
      data: {
        state: to,
        resolutionNote: input.note || null,
        adminOverride,
        ...(final && { resolvedById: actor.id, resolvedAt: new Date() }),
      },
    });
    if (written.count === 0) throw new ConflictError("Another moderator decided this dispute a moment ago. Reload to see their decision.");

    if (final && dispute.claim.lockedAt) await unlockIfSettled(tx, dispute.claimId, actor.id, dispute.ref);

    const note = input.note ? `; note: ${input.note}` : "";
    await audit(tx, actor.id, DECISION_ACTION[to], "dispute", dispute.id, `${dispute.ref} ${from} → ${to}${statusDetail}${adminOverride ? "; admin override" : ""}${note}`);
    return { ref: dispute.ref, state: to, claimId: dispute.claimId, articleSlug: dispute.claim.article.slug, speakerSlug: dispute.claim.speaker.slug, adminOverride };
  });
}

/** Unlocks a claim once no dispute on it is waiting any more (another one may still need the lock). */
async function unlockIfSettled(tx: Tx, claimId: string, actorId: string, ref: string) {
  const waiting = await tx.dispute.count({ where: { claimId, state: { in: UNRESOLVED_STATES } } });
  if (waiting > 0) return;
  await tx.claim.update({ where: { id: claimId }, data: { lockedAt: null, lockReason: null, lockedById: null } });
  await audit(tx, actorId, "claim.unlock", "claim", claimId, `dispute ${ref} resolved`);
}

/** Stops editors changing a claim while a dispute on it is under review. */
export async function lockClaim(db: Db, input: { claimId: string; reason: string }, actor: Moderator): Promise<{ claimId: string }> {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { lockedAt: true, lockReason: true } });
    if (!claim) throw new NotFoundError("That claim no longer exists.");
    if (claim.lockedAt) throw new ConflictError(`This claim is already locked${claim.lockReason ? `: ${claim.lockReason}` : ""}.`);
    const waiting = await tx.dispute.count({ where: { claimId: input.claimId, state: { in: UNRESOLVED_STATES } } });
    if (waiting === 0) throw new InvalidInputError("Only a claim with a dispute under review can be locked.");
    await tx.claim.update({ where: { id: input.claimId }, data: { lockedAt: new Date(), lockReason: input.reason, lockedById: actor.id } });
    await audit(tx, actor.id, "claim.lock", "claim", input.claimId, input.reason);
    return { claimId: input.claimId };
  });
}

export async function unlockClaim(db: Db, input: { claimId: string }, actor: Moderator): Promise<{ claimId: string }> {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { lockedAt: true } });
    if (!claim) throw new NotFoundError("That claim no longer exists.");
    if (!claim.lockedAt) throw new ConflictError("This claim is not locked.");
    await tx.claim.update({ where: { id: input.claimId }, data: { lockedAt: null, lockReason: null, lockedById: null } });
    await audit(tx, actor.id, "claim.unlock", "claim", input.claimId, "unlocked by a moderator");
    return { claimId: input.claimId };
  });
}
