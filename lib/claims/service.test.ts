import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { changeStatusInTx, ClaimLockedError, StaleClaimError, updateClaim } from "@/lib/claims/service";
import { InvalidInputError } from "@/lib/actions/errors";

describe.each(TEST_DATABASES)("claim service [$name]", (target) => {
  let db: Db;
  let alice: { id: string; role: "editor" };
  let bob: { id: string; role: "editor" };
  let claimId: string;

  beforeAll(async () => {
    db = await freshDatabase(target);
    const users = await Promise.all(
      ["Alice", "Bob"].map((name) =>
        db.user.create({ data: { name, email: `${name}@example.test`, passwordHash: "x" }, select: { id: true } }),
      ),
    );
    alice = { id: users[0]!.id, role: "editor" };
    bob = { id: users[1]!.id, role: "editor" };
    const speaker = await db.speaker.create({ data: { slug: "k", name: "Kirill Dmitriev" } });
    const article = await db.article.create({ data: { slug: "a", title: "T", outlet: "O", body: "Dmitriev denied it." } });
    const claim = await db.claim.create({
      data: { articleId: article.id, speakerId: speaker.id, text: "The calls never happened", anchorStart: 0, anchorEnd: 18, quote: "Dmitriev denied it" },
    });
    claimId = claim.id;
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  async function current() {
    return db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true, status: true, rationale: true, text: true } });
  }

  it("records a status change and its history in one step", async () => {
    const before = await current();
    const result = await updateClaim(
      db,
      { claimId, expectedVersion: before.version, status: "denied", statusReason: "Ushakov confirmed the calls.", rationale: "Contradicted on record." },
      alice,
    );
    expect(result).toEqual({ version: before.version + 1, statusChanged: true });
    const history = await db.statusChange.findMany({ where: { claimId } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ fromStatus: "unverified", toStatus: "denied", reason: "Ushakov confirmed the calls.", actorId: alice.id });
  });

  it("refuses a status change without a reason and writes nothing", async () => {
    const before = await current();
    await expect(updateClaim(db, { claimId, expectedVersion: before.version, status: "confirmed" }, alice)).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(await current()).toEqual(before);
    expect(await db.statusChange.count({ where: { claimId } })).toBe(1);
  });

  it("refuses a save based on a stale version, naming who changed what", async () => {
    const { version } = await current();
    await updateClaim(db, { claimId, expectedVersion: version, rationale: "Alice's rationale" }, alice);
    const stale = updateClaim(db, { claimId, expectedVersion: version, rationale: "Bob's rationale" }, bob);
    await expect(stale).rejects.toBeInstanceOf(StaleClaimError);
    await expect(stale).rejects.toMatchObject({ changedFields: ["rationale"], changedBy: "Alice" });
    expect((await current()).rationale).toBe("Alice's rationale");
  });

  it("lets exactly one of two concurrent saves from the same version win", async () => {
    const { version } = await current();
    const results = await Promise.allSettled([
      updateClaim(db, { claimId, expectedVersion: version, text: "Alice's text" }, alice),
      updateClaim(db, { claimId, expectedVersion: version, text: "Bob's text" }, bob),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected");
    expect(loser?.status === "rejected" && loser.reason).toBeInstanceOf(StaleClaimError);
    const after = await current();
    expect(after.version).toBe(version + 1);
    expect(["Alice's text", "Bob's text"]).toContain(after.text);
  });

  it("refuses editors on a locked claim but lets a moderator through", async () => {
    await db.claim.update({ where: { id: claimId }, data: { lockedAt: new Date(), lockReason: "Dispute under review" } });
    const { version } = await current();
    await expect(updateClaim(db, { claimId, expectedVersion: version, text: "edit" }, alice)).rejects.toBeInstanceOf(ClaimLockedError);
    await updateClaim(db, { claimId, expectedVersion: version, text: "moderator edit" }, { id: bob.id, role: "moderator" });
    expect((await current()).text).toBe("moderator edit");
    await db.claim.update({ where: { id: claimId }, data: { lockedAt: null, lockReason: null } });
  });

  it("changes status inside a caller's transaction, with history referencing the cause", async () => {
    const before = await current();
    await db.$transaction((tx) => changeStatusInTx(tx, { claimId, to: "confirmed", reason: "Dispute accepted.", actorId: bob.id }));
    const after = await current();
    expect(after).toMatchObject({ status: "confirmed", version: before.version + 1 });
    const last = await db.statusChange.findFirstOrThrow({ where: { claimId }, orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ fromStatus: before.status, toStatus: "confirmed", actorId: bob.id });
  });
});
