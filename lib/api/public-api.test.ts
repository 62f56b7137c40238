import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { seedDemo } from "@/lib/seed/demo";
import { parseSearchParams } from "@/lib/search/schema";
import { DEMO_ARTICLE } from "@/prisma/seed/demo-data";
import { apiArticle, apiArticles, apiClaim, apiSearch, apiSpeaker } from "./public-api";

const SECRETS = ["editor-secret-note", "secret.editor@example.com", "$2b$10$secrethash", "disputer@example.com", "Private Disputer"];
const FORBIDDEN_KEYS = ["email", "passwordHash", "editorNotes", "submitterEmail", "submitterName", "submitterUserId", "actorId", "actor", "createdById", "updatedById", "lockedById", "lockReason", "resolvedById", "resolutionNote", "version"];

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

function expectPublic(payload: unknown) {
  expect(payload).toBeTruthy();
  const json = JSON.stringify(payload);
  for (const secret of SECRETS) expect(json).not.toContain(secret);
  const keys = keysOf(JSON.parse(json));
  for (const key of FORBIDDEN_KEYS) expect(keys.has(key), `payload has private key ${key}`).toBe(false);
}

describe.each(TEST_DATABASES)("public API payloads [$name]", (target) => {
  let db: Db;
  let claimId: string;

  beforeAll(async () => {
    db = await freshDatabase(target);
    await seedDemo(db);
    const editor = await db.user.create({
      data: { email: "secret.editor@example.com", name: "Eddie", passwordHash: "$2b$10$secrethash", role: "editor" },
    });
    await db.claim.updateMany({ data: { editorNotes: "editor-secret-note", updatedById: editor.id, createdById: editor.id } });
    const claim = await db.claim.findFirstOrThrow({ where: { speaker: { slug: "kirill-dmitriev" } }, select: { id: true } });
    claimId = claim.id;
    const dispute = await db.dispute.create({
      data: {
        ref: "D-TEST-1",
        claimId,
        submitterName: "Private Disputer",
        submitterEmail: "disputer@example.com",
        submitterUserId: editor.id,
        proposedStatus: "confirmed",
        reason: "The calls happened.",
        state: "rejected",
        resolvedById: editor.id,
      },
    });
    await db.statusChange.create({
      data: { claimId, fromStatus: "denied", toStatus: "denied", reason: "Dispute reviewed.", actorId: editor.id, disputeId: dispute.id },
    });
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("lists articles with a cursor, public fields only", async () => {
    const first = await apiArticles(db, undefined, 1);
    expectPublic(first);
    expect(first.data[0]?.slug).toBe(DEMO_ARTICLE.slug);
    expect(first.nextCursor).toBeNull();
    expect((await apiArticles(db, "no-such-cursor")).data).toEqual([]);
  });

  it("serves an article with its claims", async () => {
    const article = await apiArticle(db, DEMO_ARTICLE.slug, "http://localhost:3000");
    expectPublic(article);
    expect(article!.data.claims.length).toBeGreaterThanOrEqual(20);
    expect(await apiArticle(db, "nope", "http://localhost:3000")).toBeNull();
  });

  it("serves a claim with links both ways and its history, disputes by reference only", async () => {
    const claim = await apiClaim(db, claimId);
    expectPublic(claim);
    expect(claim!.data.links.some((l) => l.label === "Contradicted by" && l.claim.speaker.name === "Yuri Ushakov")).toBe(true);
    expect(claim!.data.statusChanges.at(-1)?.dispute).toEqual({ ref: "D-TEST-1" });
    expect(await apiClaim(db, "nope")).toBeNull();
  });

  it("serves a speaker and search results", async () => {
    const speaker = await apiSpeaker(db, "kirill-dmitriev");
    expectPublic(speaker);
    expect(speaker!.data.contradictions.length).toBeGreaterThan(0);
    const results = await apiSearch(db, target.name, parseSearchParams({ q: "Dmitriev" }));
    expectPublic(results);
    expect(results.data.length).toBeGreaterThan(0);
  });
});
