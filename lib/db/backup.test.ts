import { existsSync, rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { seedDemo } from "@/lib/seed/demo";
import { backupSqlite, BackupError, integrityProblems, restoreSqlite } from "@/lib/db/backup";

const sqlite = TEST_DATABASES[0]!;
const live = sqlite.url.replace(/^file:/, "");
const backup = `data/backup-test-${process.pid}.db`;
afterAll(() => rmSync(backup, { force: true }));

describe("SQLite backup and restore [sqlite]", () => {
  it("copies a consistent database while the app has it open and keeps writing", async () => {
    const db = await freshDatabase(sqlite);
    await seedDemo(db);
    const speaker = await db.speaker.findFirstOrThrow();
    // Keep writing while the backup runs.
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) await db.speaker.create({ data: { slug: `w-${i}`, name: `Writer ${i}` } });
    })();
    await backupSqlite(live, backup);
    writing = false;
    await writer;
    expect(integrityProblems(backup)).toEqual([]);
    const copy = createDb(`file:${backup}`);
    expect(await copy.claim.count()).toBe(await db.claim.count());
    expect(await copy.speaker.findUnique({ where: { id: speaker.id } })).not.toBeNull();
    await copy.$disconnect();
    await db.$disconnect();
  });

  it("restores a backup and keeps the database it replaced", async () => {
    const db = await freshDatabase(sqlite); // empty now; the backup has the demo
    await db.$disconnect();
    const kept = await restoreSqlite(backup, live);
    expect(kept && existsSync(kept)).toBeTruthy();
    const restored = createDb(sqlite.url);
    expect(await restored.claim.count()).toBeGreaterThanOrEqual(20);
    await restored.$disconnect();
    rmSync(kept!, { force: true });
  });

  it("refuses a missing backup", async () => {
    await expect(restoreSqlite("data/no-such-backup.db", live)).rejects.toBeInstanceOf(BackupError);
  });
});
