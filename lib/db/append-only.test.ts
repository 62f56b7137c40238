import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";

describe.each(TEST_DATABASES)("append-only history [$name]", (target) => {
  let db: Db;
  let claimId: string;
  beforeAll(async () => {
    db = await freshDatabase(target);
    const speaker = await db.speaker.create({ data: { slug: "s", name: "S" } });
    const article = await db.article.create({ data: { slug: "a", title: "T", outlet: "O", body: "Body text." } });
    const claim = await db.claim.create({
      data: {
        articleId: article.id, speakerId: speaker.id, text: "t", anchorStart: 0, anchorEnd: 4, quote: "Body",
        statusChanges: { create: { toStatus: "unverified", reason: "Logged." } },
      },
    });
    claimId = claim.id;
    await db.auditLog.create({ data: { action: "test", targetType: "Claim", targetId: claimId } });
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("refuses to update or delete a status change of an existing claim", async () => {
    await expect(db.statusChange.updateMany({ where: { claimId }, data: { reason: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db.statusChange.deleteMany({ where: { claimId } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "StatusChange" SET "reason" = 'raw'`)).rejects.toThrow(/append-only/);
    expect((await db.statusChange.findFirstOrThrow({ where: { claimId } })).reason).toBe("Logged.");
  });

  it("refuses to update or delete audit log entries", async () => {
    await expect(db.auditLog.updateMany({ data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count()).toBe(1);
  });

  it("still appends history", async () => {
    await db.statusChange.create({ data: { claimId, fromStatus: "unverified", toStatus: "denied", reason: "Evidence." } });
    expect(await db.statusChange.count({ where: { claimId } })).toBe(2);
  });

  it("lets a claim's history go only together with the claim", async () => {
    await db.claim.delete({ where: { id: claimId } });
    expect(await db.statusChange.count({ where: { claimId } })).toBe(0);
  });
});
