import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { snapshotTables } from "@/lib/testing/table-snapshot";
import { ConflictError } from "@/lib/actions/errors";
import { ClaimLockedError, updateClaim } from "@/lib/claims/service";
import type { ClaimStatus } from "@/lib/claims/status";
import { decideDispute, lockClaim, SeparationOfDutiesError, unlockClaim, type Moderator } from "@/lib/disputes/moderation";
import { decideDisputeSchema } from "@/lib/disputes/schemas";
import { IllegalTransitionError } from "@/lib/disputes/state-machine";

describe.each(TEST_DATABASES)("moderating disputes [$name]", (target) => {
  let db: Db;
  let mod1: Moderator;
  let mod2: Moderator;
  let admin: Moderator;
  let editor: { id: string; role: "editor" };
  let speakerId: string;
  let articleId: string;
  let counter = 0;

  beforeAll(async () => {
    db = await freshDatabase(target);
    const make = async <R extends "admin" | "moderator" | "editor">(name: string, role: R) =>
      ({ id: (await db.user.create({ data: { name, role, email: `${name}@example.test`, passwordHash: "x" } })).id, role });
    mod1 = await make("mod1", "moderator");
    mod2 = await make("mod2", "moderator");
    admin = await make("admin", "admin");
    editor = await make("editor", "editor");
    speakerId = (await db.speaker.create({ data: { slug: "kirill-dmitriev", name: "Kirill Dmitriev" } })).id;
    articleId = (await db.article.create({ data: { slug: "talks", title: "T", outlet: "O", body: "Dmitriev denied it." } })).id;
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  async function claimWithDispute(options: { status?: ClaimStatus; updatedById?: string; submitterUserId?: string; proposedStatus?: ClaimStatus } = {}) {
    const claim = await db.claim.create({
      data: {
        articleId, speakerId, text: "The calls never happened", anchorStart: 0, anchorEnd: 18, quote: "Dmitriev denied it",
        status: options.status ?? "denied", updatedById: options.updatedById ?? editor.id,
      },
    });
    const dispute = await db.dispute.create({
      data: {
        ref: `D-TEST${String(++counter).padStart(6, "0")}`, claimId: claim.id, submitterName: "Anna", submitterEmail: `anna${counter}@example.test`,
        submitterUserId: options.submitterUserId ?? null, proposedStatus: options.proposedStatus ?? "confirmed",
        reason: "Ushakov confirmed the calls on the record to Kommersant.",
      },
    });
    return { claimId: claim.id, disputeId: dispute.id, ref: dispute.ref };
  }
  const decide = (disputeId: string, decision: "accepted" | "rejected" | "needs_review", actor: Moderator, extra: { note?: string; override?: boolean } = {}) =>
    decideDispute(db, decideDisputeSchema.parse({ disputeId, decision, note: extra.note ?? "Checked the record.", override: extra.override }), actor);

  async function expectNothingWritten(run: () => Promise<unknown>, error: new (...args: never[]) => Error) {
    const before = await snapshotTables(db, target);
    await expect(run()).rejects.toBeInstanceOf(error);
    expect(await snapshotTables(db, target)).toEqual(before);
  }

  it("accepting changes the claim's status, with a history entry pointing at the dispute and an audit row, together", async () => {
    const { claimId, disputeId, ref } = await claimWithDispute();
    const result = await decide(disputeId, "accepted", mod1, { note: "Kommersant interview checked." });
    expect(result).toMatchObject({ ref, state: "accepted", adminOverride: false });
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim).toMatchObject({ status: "confirmed", updatedById: mod1.id, version: 2 });
    const history = await db.statusChange.findMany({ where: { claimId } });
    expect(history).toEqual([expect.objectContaining({ fromStatus: "denied", toStatus: "confirmed", disputeId, actorId: mod1.id, reason: expect.stringContaining("Ushakov confirmed") })]);
    expect(await db.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      state: "accepted", resolvedById: mod1.id, resolutionNote: "Kommersant interview checked.", resolvedAt: expect.any(Date),
    });
    expect(await db.auditLog.findMany({ where: { targetId: disputeId } })).toEqual([
      expect.objectContaining({ action: "dispute.accept", actorId: mod1.id, detail: expect.stringContaining("denied → confirmed") }),
    ]);
  });

  it("rejecting keeps the status and records the public note", async () => {
    const { claimId, disputeId } = await claimWithDispute();
    await decide(disputeId, "rejected", mod1, { note: "The denial is what Dmitriev said; the status reflects that." });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("denied");
    expect(await db.statusChange.count({ where: { claimId } })).toBe(0);
    expect(await db.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({ state: "rejected", resolutionNote: expect.stringContaining("Dmitriev said") });
    expect(await db.auditLog.count({ where: { targetId: disputeId, action: "dispute.reject" } })).toBe(1);
  });

  it("requires a note to reject or to ask for review, not to accept", () => {
    expect(decideDisputeSchema.safeParse({ disputeId: "d", decision: "rejected", note: " " }).success).toBe(false);
    expect(decideDisputeSchema.safeParse({ disputeId: "d", decision: "needs_review" }).success).toBe(false);
    expect(decideDisputeSchema.safeParse({ disputeId: "d", decision: "accepted" }).success).toBe(true);
  });

  it("follows the state machine: review then decide; a decision is final", async () => {
    const { disputeId } = await claimWithDispute();
    await decide(disputeId, "needs_review", mod1, { note: "Editors: is there a newer source?" });
    expect((await db.dispute.findUniqueOrThrow({ where: { id: disputeId } })).state).toBe("needs_review");
    await expectNothingWritten(() => decide(disputeId, "needs_review", mod1), IllegalTransitionError);
    await decide(disputeId, "rejected", mod2, { note: "No newer source." });
    await expectNothingWritten(() => decide(disputeId, "accepted", mod2), IllegalTransitionError);
    await expectNothingWritten(() => decide(disputeId, "rejected", mod2), IllegalTransitionError);
  });

  it("writes nothing when the transaction fails midway (after the status change)", async () => {
    const { claimId, disputeId } = await claimWithDispute();
    // The audit row is the last write of a decision; failing it must undo the status change too.
    const failing = db.$extends({ query: { auditLog: { create: () => Promise.reject(new Error("disk full")) } } }) as unknown as Db;
    const before = await snapshotTables(db, target);
    await expect(decideDispute(failing, decideDisputeSchema.parse({ disputeId, decision: "accepted" }), mod1)).rejects.toThrow("disk full");
    expect(await snapshotTables(db, target)).toEqual(before);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("denied");
  });

  it("refuses to accept a dispute whose proposed status the claim already has (no accepted dispute without its change)", async () => {
    const { disputeId } = await claimWithDispute({ status: "confirmed", proposedStatus: "confirmed" });
    await expectNothingWritten(() => decide(disputeId, "accepted", mod1), ConflictError);
  });

  it("lets exactly one of two simultaneous decisions win", async () => {
    const { claimId, disputeId } = await claimWithDispute();
    const results = await Promise.allSettled([decide(disputeId, "accepted", mod1), decide(disputeId, "accepted", mod2)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.statusChange.count({ where: { claimId } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: disputeId } })).toBe(1);
  });

  describe("separation of duties", () => {
    it("refuses a moderator who made the last change to the claim; another moderator may decide", async () => {
      const { disputeId } = await claimWithDispute({ updatedById: mod1.id });
      await expectNothingWritten(() => decide(disputeId, "accepted", mod1), SeparationOfDutiesError);
      await expect(decide(disputeId, "accepted", mod1)).rejects.toThrow(/you made the last change to this claim.*Another moderator must decide/);
      await expect(decide(disputeId, "rejected", mod1, { override: true })).rejects.toBeInstanceOf(SeparationOfDutiesError);
      await expect(decide(disputeId, "accepted", mod2)).resolves.toMatchObject({ state: "accepted", adminOverride: false });
    });

    it("refuses a moderator deciding a dispute they filed", async () => {
      const { disputeId } = await claimWithDispute({ submitterUserId: mod1.id });
      await expectNothingWritten(() => decide(disputeId, "rejected", mod1), SeparationOfDutiesError);
      // Sending it to the editors decides nothing, so it is allowed.
      await expect(decide(disputeId, "needs_review", mod1, { note: "Please look." })).resolves.toMatchObject({ state: "needs_review" });
    });

    it("lets an admin override only explicitly, and records the override", async () => {
      const { disputeId } = await claimWithDispute({ updatedById: admin.id });
      await expectNothingWritten(() => decide(disputeId, "accepted", admin), SeparationOfDutiesError);
      await expect(decide(disputeId, "accepted", admin)).rejects.toMatchObject({ canOverride: true, fieldErrors: { override: [expect.any(String)] } });
      await expect(decide(disputeId, "accepted", admin, { override: true })).resolves.toMatchObject({ adminOverride: true });
      expect((await db.dispute.findUniqueOrThrow({ where: { id: disputeId } })).adminOverride).toBe(true);
      const audit = await db.auditLog.findMany({ where: { targetId: disputeId }, orderBy: { action: "asc" } });
      expect(audit.map((a) => a.action)).toEqual(["dispute.accept", "dispute.admin_override"]);
      expect(audit[0]!.detail).toContain("admin override");
    });

    it("does not flag an admin who had no conflict", async () => {
      const { disputeId } = await claimWithDispute();
      await expect(decide(disputeId, "rejected", admin, { override: true })).resolves.toMatchObject({ adminOverride: false });
    });
  });

  describe("locks", () => {
    it("locks a disputed claim against editors and unlocks it when the last waiting dispute is decided", async () => {
      const { claimId, disputeId } = await claimWithDispute();
      const second = await db.dispute.create({
        data: { ref: "D-SECOND0000", claimId, submitterName: "B", submitterEmail: "b@example.test", proposedStatus: "unverified", reason: "Only one source confirmed it so far." },
      });
      await lockClaim(db, { claimId, reason: "Dispute D-TEST under review" }, mod1);
      await expect(updateClaim(db, { claimId, expectedVersion: 1, text: "Edited" }, editor)).rejects.toThrow(ClaimLockedError);
      await expect(updateClaim(db, { claimId, expectedVersion: 1, text: "Edited" }, editor)).rejects.toThrow(/Dispute D-TEST under review/);
      await expectNothingWritten(() => lockClaim(db, { claimId, reason: "again" }, mod2), ConflictError);

      await decide(disputeId, "rejected", mod2, { note: "No." });
      expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).lockedAt).not.toBeNull();
      await decide(second.id, "rejected", mod2, { note: "No." });
      expect(await db.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({ lockedAt: null, lockReason: null, lockedById: null });
      const actions = (await db.auditLog.findMany({ where: { targetId: claimId }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
      expect(actions).toEqual(["claim.lock", "claim.unlock"]);
    });

    it("locks only claims with a dispute waiting, and unlocks by hand", async () => {
      const { claimId, disputeId } = await claimWithDispute();
      await lockClaim(db, { claimId, reason: "Under review" }, mod1);
      await unlockClaim(db, { claimId }, mod1);
      await expectNothingWritten(() => unlockClaim(db, { claimId }, mod1), ConflictError);
      await decide(disputeId, "rejected", mod2, { note: "No." });
      await expect(lockClaim(db, { claimId, reason: "Nothing waiting" }, mod1)).rejects.toThrow(/Only a claim with a dispute under review/);
    });
  });
});
