import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { readContentVersion } from "./content-version";

describe.each(TEST_DATABASES)("content version [$name]", (target) => {
  let db: Db;
  let claimId: string;
  beforeAll(async () => {
    db = await freshDatabase(target);
    const speaker = await db.speaker.create({ data: { slug: "s", name: "S" } });
    const article = await db.article.create({ data: { slug: "a", title: "T", outlet: "O", body: "Body text." } });
    const claim = await db.claim.create({ data: { articleId: article.id, speakerId: speaker.id, text: "t", anchorStart: 0, anchorEnd: 4, quote: "Body" } });
    claimId = claim.id;
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("moves on every kind of write a public page can show", async () => {
    const writes: [string, () => Promise<unknown>][] = [
      ["claim update", () => db.claim.update({ where: { id: claimId }, data: { status: "denied" } })],
      ["history row", () => db.statusChange.create({ data: { claimId, toStatus: "denied", reason: "Evidence." } })],
      ["evidence", () => db.evidence.create({ data: { claimId, kind: "document", stance: "supports", sourceName: "Src" } })],
      ["evidence removed", () => db.evidence.deleteMany({ where: { claimId } })],
      ["speaker renamed", () => db.speaker.updateMany({ data: { name: "S2" } })],
      ["hand-written SQL", () => db.$executeRawUnsafe(`UPDATE "Article" SET "title" = 'T2'`)],
    ];
    for (const [label, write] of writes) {
      const before = await readContentVersion(db);
      await write();
      expect(await readContentVersion(db), label).not.toBe(before);
    }
  });

  it("does not move for a transaction that rolls back", async () => {
    const before = await readContentVersion(db);
    await expect(
      db.$transaction(async (tx) => {
        await tx.claim.update({ where: { id: claimId }, data: { text: "never" } });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await readContentVersion(db)).toBe(before);
  });

  it("does not move on reads", async () => {
    const before = await readContentVersion(db);
    await db.claim.findMany({ include: { evidence: true, statusChanges: true } });
    expect(await readContentVersion(db)).toBe(before);
  });
});
