import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { demoBody, seedDemo } from "@/lib/seed/demo";
import { DEMO_ARTICLE, DEMO_CLAIMS } from "@/prisma/seed/demo-data";

describe.each(TEST_DATABASES)("demo seed [$name]", (target) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDatabase(target);
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  async function snapshot() {
    return {
      articles: await db.article.count(),
      speakers: await db.speaker.count(),
      claims: await db.claim.count(),
      evidence: await db.evidence.count(),
      links: await db.claimLink.count(),
      history: await db.statusChange.count(),
    };
  }

  it("loads every demo claim, and a second run changes nothing", async () => {
    expect((await seedDemo(db)).created).toBe(true);
    const first = await snapshot();
    expect(first.claims).toBe(DEMO_CLAIMS.length);
    expect(first.claims).toBeGreaterThanOrEqual(20);
    expect((await seedDemo(db)).created).toBe(false);
    expect(await snapshot()).toEqual(first);
  });

  it("anchors every claim on the right words of the body", async () => {
    const article = await db.article.findUniqueOrThrow({
      where: { slug: DEMO_ARTICLE.slug },
      select: { body: true, claims: { select: { anchorStart: true, anchorEnd: true, quote: true } } },
    });
    expect(article.body).toBe(demoBody());
    for (const claim of article.claims) {
      expect(article.body.slice(claim.anchorStart, claim.anchorEnd)).toBe(claim.quote);
    }
  });

  it("tells the Dmitriev story: a denial, contradicted by Ushakov's confirmation", async () => {
    const denial = await db.claim.findFirstOrThrow({
      where: { speaker: { name: { contains: "Dmitriev" } }, status: "denied" },
      select: {
        evidence: { select: { sourceName: true, stance: true } },
        linksTo: { select: { type: true, fromClaim: { select: { status: true, speaker: { select: { name: true } } } } } },
        statusChanges: { orderBy: { createdAt: "asc" }, select: { fromStatus: true, toStatus: true, reason: true } },
      },
    });
    expect(denial.evidence.length).toBeGreaterThan(0);
    const contradiction = denial.linksTo.find((l) => l.type === "contradicts");
    expect(contradiction?.fromClaim.speaker.name).toMatch(/Ushakov/);
    expect(contradiction?.fromClaim.status).toBe("confirmed");
    expect(denial.statusChanges.at(-1)).toMatchObject({ fromStatus: "unverified", toStatus: "denied" });
  });
});
