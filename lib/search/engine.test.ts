import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { seedDemo } from "@/lib/seed/demo";
import { DEMO_ARTICLE } from "@/prisma/seed/demo-data";
import { Prisma } from "@/generated/sqlite/client";
import { rankedQuery, searchClaims } from "./engine";
import { parseSearchParams } from "./schema";

const HOSTILE = ['"', "*", "NEAR(", "'; drop table \"Claim\"; --", "a OR", "OR", "-", "(((", "col:umn", "^x", "\\", "\u0000", "🙂", "x".repeat(5000)];

describe.each(TEST_DATABASES)("claim search [$name]", (target) => {
  let db: Db;
  const run = (query: Record<string, string>, pageSize?: number) =>
    searchClaims(db, target.name, parseSearchParams(query), pageSize);

  beforeAll(async () => {
    db = await freshDatabase(target);
    await seedDemo(db);
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("finds Witkoff, best matches first, with words to highlight", async () => {
    const result = await run({ q: "Witkoff" });
    expect(result.total).toBeGreaterThan(3);
    expect(result.hits[0]!.text).toMatch(/Witkoff/);
    expect(result.terms).toEqual(["witkoff"]);
    // the article title mentions Witkoff, so every claim in it matches through the title
    const all = await db.claim.count();
    expect(result.total).toBe(all);
  });

  it("matches stems, speaker names and phrases", async () => {
    const denied = await run({ q: "denies" });
    expect(denied.hits.some((h) => h.text.includes("did not exist") || /deni/i.test(h.text))).toBe(true);
    const bySpeaker = await run({ q: "Kirill Dmitriev" });
    expect(bySpeaker.hits.some((h) => h.speaker.name === "Kirill Dmitriev")).toBe(true);
    const phrase = await run({ q: '"Russian Direct Investment Fund"' });
    expect(phrase.total).toBe(0); // that phrase is in the speaker's description, which is not searched
    const nothing = await run({ q: "zzzyqx" });
    expect(nothing).toMatchObject({ total: 0, hits: [], pageCount: 0 });
  });

  it("applies status, speaker, article and date filters", async () => {
    const denied = await run({ q: "Witkoff", status: "denied" });
    expect(denied.hits.length).toBeGreaterThan(0);
    expect(denied.hits.every((h) => h.status === "denied")).toBe(true);
    const dmitriev = await run({ q: "leaked", speaker: "kirill-dmitriev" });
    expect(dmitriev.hits.length).toBeGreaterThan(0);
    expect(dmitriev.hits.every((h) => h.speaker.slug === "kirill-dmitriev")).toBe(true);
    expect((await run({ q: "Witkoff", article: DEMO_ARTICLE.slug })).total).toBeGreaterThan(0);
    expect((await run({ q: "Witkoff", article: "no-such-article" })).total).toBe(0);
    expect((await run({ q: "Witkoff", from: "2030-01-01" })).total).toBe(0);
    const inRange = await run({ q: "Witkoff", from: "2025-10-01", to: "2025-11-30" });
    expect(inRange.total).toBeGreaterThan(0);
    expect(inRange.total).toBeLessThanOrEqual((await run({ q: "Witkoff" })).total);
    // as readers type them: part of a name or headline, any case; % and _ are literal
    const byName = await run({ q: "leaked", speaker: "dmitRIEV" });
    expect(byName.total).toBe(dmitriev.total);
    expect((await run({ q: "Witkoff", article: DEMO_ARTICLE.title.split(" ").slice(0, 2).join(" ").toUpperCase() })).total).toBeGreaterThan(0);
    expect((await run({ q: "Witkoff", speaker: "%" })).total).toBe(0);
    expect((await run({ q: "Witkoff", speaker: "_" })).total).toBe(0);
    // filters alone list claims without a query
    const browse = await run({ status: "denied", speaker: "kirill-dmitriev" });
    expect(browse.hits.map((h) => h.speaker.slug)).toContain("kirill-dmitriev");
    expect((await run({})).total).toBe(0);
  });

  it("pages through results without repeats", async () => {
    const total = (await run({ q: "Witkoff" })).total;
    const seen = new Set<string>();
    for (let page = 1; page <= Math.ceil(total / 7); page++) {
      const result = await run({ q: "Witkoff", page: String(page) }, 7);
      expect(result.pageCount).toBe(Math.ceil(total / 7));
      for (const hit of result.hits) seen.add(hit.id);
    }
    expect(seen.size).toBe(total);
    expect((await run({ q: "Witkoff", page: "400" }, 7)).hits).toEqual([]);
  });

  it("survives hostile query strings", async () => {
    for (const q of HOSTILE) {
      await expect(run({ q }), q.slice(0, 20)).resolves.toHaveProperty("hits");
    }
  });

  it("keeps the index in step with edits, renames and deletes", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { speaker: { slug: "kirill-dmitriev" } }, select: { id: true, speakerId: true } });
    await db.claim.update({ where: { id: claim.id }, data: { text: "Zanzibar was mentioned." } });
    expect((await run({ q: "zanzibar" })).hits.map((h) => h.id)).toEqual([claim.id]);
    await db.speaker.update({ where: { id: claim.speakerId }, data: { name: "Kirill Quixotic" } });
    expect((await run({ q: "quixotic" })).hits.map((h) => h.id)).toContain(claim.id);
    await db.claim.delete({ where: { id: claim.id } });
    expect((await run({ q: "zanzibar" })).total).toBe(0);
  });

  it("answers from the full-text index, not a scan of the claims, even with filters", async () => {
    const query = rankedQuery(target.name, parseSearchParams({ q: "Witkoff", status: "denied", speaker: "kirill-dmitriev", from: "2025-01-01" }))!;
    if (target.name === "sqlite") {
      const plan = await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${query.select}`);
      const details = plan.map((p) => p.detail);
      // the match drives; every other table is reached by its primary key
      expect(details[0]).toMatch(/^SCAN f VIRTUAL TABLE INDEX/);
      expect(details.filter((d) => /^SCAN /.test(d))).toHaveLength(1);
    } else {
      const plan = await db.$transaction(async (tx) => {
        // The demo data is tiny: forbid sequential scans to see which indexes the query can use.
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        return tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${query.select}`);
      });
      const text = plan.map((p) => p["QUERY PLAN"]).join("\n");
      for (const index of ["Claim_search_idx", "Speaker_search_idx", "Article_search_idx"]) expect(text).toContain(index);
      expect(text).not.toMatch(/Seq Scan on "?Claim"?/);
    }
  });
});
