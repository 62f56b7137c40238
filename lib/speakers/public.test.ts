import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { getPublicSpeaker, SPEAKER_CONTRADICTIONS_SHOWN, SPEAKER_PAGE_SIZE } from "@/lib/speakers/public";

describe.each(TEST_DATABASES)("a busy speaker's page [$name]", (target) => {
  let db: Db;
  const CLAIMS = SPEAKER_PAGE_SIZE * 2 + 20;
  beforeAll(async () => {
    db = await freshDatabase(target, "speaker");
    const speaker = await db.speaker.create({ data: { slug: "busy", name: "Busy Speaker" } });
    const article = await db.article.create({ data: { slug: "a", title: "T", outlet: "O", body: "x".repeat(CLAIMS + 1) } });
    await db.claim.createMany({
      data: Array.from({ length: CLAIMS }, (_, i) => ({
        articleId: article.id, speakerId: speaker.id, text: `claim ${i}`, anchorStart: i, anchorEnd: i + 1, quote: "x",
        status: i % 3 === 0 ? ("denied" as const) : ("unverified" as const),
      })),
    });
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("shows one page of claims but the track record of all of them", async () => {
    const first = (await getPublicSpeaker(db, "busy"))!;
    expect(first.claims).toHaveLength(SPEAKER_PAGE_SIZE);
    expect(first.counts).toEqual({ confirmed: 0, denied: Math.ceil(CLAIMS / 3), unverified: CLAIMS - Math.ceil(CLAIMS / 3) });
    expect(first.pagination).toEqual({ page: 1, pageCount: 3, total: CLAIMS, pageSize: SPEAKER_PAGE_SIZE });
    const last = (await getPublicSpeaker(db, "busy", 3))!;
    expect(last.claims).toHaveLength(20);
    expect(new Set([...first.claims, ...last.claims].map((c) => c.id)).size).toBe(SPEAKER_PAGE_SIZE + 20);
  });

  it("shows the newest contradictions and counts them all", async () => {
    const claims = await db.claim.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    const links = SPEAKER_CONTRADICTIONS_SHOWN + 5;
    for (let i = 1; i <= links; i++) {
      await db.claimLink.create({ data: { fromClaimId: claims[i]!.id, toClaimId: claims[0]!.id, type: "contradicts", note: `link ${i}`, createdAt: new Date(Date.UTC(2026, 0, i)) } });
    }
    const speaker = (await getPublicSpeaker(db, "busy"))!;
    expect(speaker.contradictionCount).toBe(links);
    expect(speaker.contradictions).toHaveLength(SPEAKER_CONTRADICTIONS_SHOWN);
    expect(speaker.contradictions[0]!.note).toBe(`link ${links}`);
  });

  it("clamps a page number out of range instead of failing", async () => {
    expect((await getPublicSpeaker(db, "busy", 99))!.pagination.page).toBe(3);
    expect((await getPublicSpeaker(db, "busy", -4))!.pagination.page).toBe(1);
    expect(await getPublicSpeaker(db, "nobody")).toBeNull();
  });
});
