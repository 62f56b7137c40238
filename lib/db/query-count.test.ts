// No N+1 on the public pages: the number of SQL statements a page's data load sends
// is the same for a small and a large article / claim / speaker. A loop over rows
// would show up as a count that grows with the data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { getPublicArticle, listArticles } from "@/lib/articles/queries";
import { getPublicClaim, recentStatusChanges } from "@/lib/claims/public";
import { getPublicSpeaker } from "@/lib/speakers/public";

describe.each(TEST_DATABASES)("queries per page [$name]", (target) => {
  let db: Db;
  const sent: string[] = [];
  const ids: Record<string, string> = {};

  async function makeArticle(slug: string, claims: number, speakerId: string) {
    const article = await db.article.create({ data: { slug, title: slug, outlet: "O", body: "x".repeat(claims + 1) } });
    const created = [];
    for (let i = 0; i < claims; i++) {
      created.push(
        await db.claim.create({
          data: {
            articleId: article.id, speakerId, text: `${slug} ${i}`, anchorStart: i, anchorEnd: i + 1, quote: "x",
            evidence: { create: [{ kind: "document", stance: "supports", sourceName: "S" }, { kind: "data", stance: "context", sourceName: "T" }] },
            statusChanges: { create: [{ toStatus: "unverified", reason: "Logged." }] },
          },
        }),
      );
    }
    for (let i = 1; i < created.length; i++) {
      await db.claimLink.create({ data: { fromClaimId: created[i]!.id, toClaimId: created[0]!.id, type: "contradicts" } });
    }
    return created;
  }

  beforeAll(async () => {
    db = await freshDatabase(target, "queries", { onQuery: (sql) => sent.push(sql) });
    const quiet = await db.speaker.create({ data: { slug: "quiet", name: "Quiet" } });
    const busy = await db.speaker.create({ data: { slug: "busy", name: "Busy" } });
    const small = await makeArticle("small", 2, quiet.id);
    const large = await makeArticle("large", 40, busy.id);
    ids.smallClaim = small[1]!.id;
    ids.largeClaim = large[0]!.id; // linked from 39 others
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  async function count(load: () => Promise<unknown>): Promise<number> {
    sent.length = 0;
    await load();
    return sent.filter((sql) => !/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(sql)).length;
  }

  it("article page: the same number of queries for 2 and 40 claims", async () => {
    const small = await count(() => getPublicArticle(db, "small"));
    expect(await count(() => getPublicArticle(db, "large"))).toBe(small);
    expect(small).toBeLessThanOrEqual(12);
  });

  it("claim page: the same number of queries with 1 or 39 links", async () => {
    const small = await count(() => getPublicClaim(db, ids.smallClaim!));
    expect(await count(() => getPublicClaim(db, ids.largeClaim!))).toBe(small);
  });

  it("speaker page: the same number of queries for 2 and 40 claims", async () => {
    const small = await count(() => getPublicSpeaker(db, "quiet"));
    expect(await count(() => getPublicSpeaker(db, "busy"))).toBe(small);
  });

  it("home page lists: the same number of queries for 2 and 7 articles", async () => {
    const home = () => count(async () => {
      await listArticles(db);
      await recentStatusChanges(db);
    });
    const before = await home();
    const speaker = await db.speaker.create({ data: { slug: "more", name: "More" } });
    for (let i = 0; i < 5; i++) await makeArticle(`extra-${i}`, 3, speaker.id);
    expect(await home()).toBe(before);
  });
});
