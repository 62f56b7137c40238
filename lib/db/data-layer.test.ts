import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { pendingMigrations, pendingMigrationsWith, migrate } from "@/lib/db/migrate";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";

describe.each(TEST_DATABASES)("data layer [$name]", (target) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDatabase(target);
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("applies every committed migration and records it like Prisma does", async () => {
    expect(await pendingMigrations(target.url)).toEqual([]);
    expect(await migrate(target.url)).toEqual([]); // a second run has nothing to do
    const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("the health check's migration check, through the app's connection, agrees", async () => {
    expect(await pendingMigrationsWith(db, target.url)).toEqual([]);
    const [latest] = await db.$queryRawUnsafe<{ id: string; migration_name: string }[]>(
      `SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`,
    );
    await db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET rolled_back_at = finished_at WHERE id = '${latest!.id}'`);
    expect(await pendingMigrationsWith(db, target.url)).toEqual([latest!.migration_name]);
    expect(await pendingMigrations(target.url)).toEqual([latest!.migration_name]);
    await db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = '${latest!.id}'`);
  });

  it("enforces foreign keys in the database", async () => {
    await expect(
      db.claim.create({
        data: { articleId: "no-such-article", speakerId: "no-such-speaker", text: "x", anchorStart: 0, anchorEnd: 1, quote: "x" },
      }),
    ).rejects.toThrow();
    expect(await db.claim.count()).toBe(0);
  });

  it("enforces unique keys in the database", async () => {
    const user = { name: "A", passwordHash: "x", email: "same@example.test" };
    await db.user.create({ data: user });
    await expect(db.user.create({ data: user })).rejects.toThrow();
    expect(await db.user.count({ where: { email: user.email } })).toBe(1);
  });

  it("keeps a claim's role at the time separately from the speaker", async () => {
    const speaker = await db.speaker.create({ data: { slug: "s", name: "Yuri Ushakov", description: "Kremlin aide" } });
    const article = await db.article.create({ data: { slug: "a", title: "T", outlet: "O", body: "He said it." } });
    const claim = await db.claim.create({
      data: {
        articleId: article.id, speakerId: speaker.id, speakerRole: "Putin's foreign policy adviser",
        text: "He said it", anchorStart: 0, anchorEnd: 10, quote: "He said it",
      },
    });
    expect(claim.status).toBe("unverified");
    expect(claim.version).toBe(1);
    expect(claim.speakerRole).toBe("Putin's foreign policy adviser");
  });
});
