import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES, type TestDatabase } from "@/lib/testing/databases";
import { seedDemo } from "@/lib/seed/demo";
import { exportToFile, importFromFile, ImportError } from "@/lib/db/transfer";

const opened: Db[] = [];
async function open(target: TestDatabase, label = "") {
  const db = await freshDatabase(target, label);
  opened.push(db);
  return db;
}
afterAll(async () => {
  await Promise.all(opened.map((db) => db.$disconnect()));
});

function tablesOf(file: string) {
  return (JSON.parse(readFileSync(file, "utf8")) as { tables: unknown }).tables;
}

describe("export and import", () => {
  it.each(TEST_DATABASES)("round-trips every row through [$name] with nothing lost", async (target) => {
    const source = await open(TEST_DATABASES[0]!);
    await seedDemo(source);
    const user = await source.user.create({ data: { email: "ed@example.test", name: "Ed", passwordHash: "$2b$12$hash", role: "editor" } });
    const claim = await source.claim.findFirstOrThrow({ select: { id: true } });
    const dispute = await source.dispute.create({
      data: { ref: "D-1", claimId: claim.id, submitterName: "Reader", submitterEmail: "r@example.test", proposedStatus: "confirmed", reason: "Because." },
    });
    await source.statusChange.create({ data: { claimId: claim.id, toStatus: "confirmed", reason: "Accepted dispute.", actorId: user.id, disputeId: dispute.id } });
    await source.auditLog.create({ data: { actorId: user.id, action: "dispute.accept", targetType: "Dispute", targetId: dispute.id } });
    const first = `data/export-a-${process.pid}.json`;
    const counts = await exportToFile(source, first);
    expect(counts.Claim).toBeGreaterThanOrEqual(20);

    const copy = await open(target, "copy");
    await importFromFile(copy, first);
    const second = `data/export-b-${process.pid}.json`;
    await exportToFile(copy, second);
    expect(tablesOf(second)).toEqual(tablesOf(first));
  });

  it("refuses to import into a database that has data, and writes nothing", async () => {
    const db = await open(TEST_DATABASES[0]!);
    await seedDemo(db);
    const file = `data/export-c-${process.pid}.json`;
    await exportToFile(db, file);
    const before = await db.claim.count();
    await expect(importFromFile(db, file)).rejects.toBeInstanceOf(ImportError);
    expect(await db.claim.count()).toBe(before);
  });
});
