// The desk's writes on both databases: creating claims from a selection, re-finding
// anchors when the body is edited, stale saves, evidence and links.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { ConflictError } from "@/lib/actions/errors";
import { ClaimLockedError, StaleClaimError, updateClaim } from "@/lib/claims/service";
import { addEvidence, addLink, createClaim, INITIAL_REASON, reanchorClaim } from "./claim-service";
import { updateArticle } from "./article-service";
import { dismissSuggestion, openSuggestions } from "./suggestion-service";
import { addEvidenceSchema, createClaimSchema, updateArticleSchema } from "./schemas";

const BODY = [
  "The mayor said the bridge reopened on 3 May.",
  "Critics denied that the bridge was safe. The council confirmed the repairs cost 2 million euros.",
].join("\n");

describe.each(TEST_DATABASES)("desk services [$name]", (target) => {
  let db: Db;
  let alice: { id: string; role: "editor" };
  let bob: { id: string; role: "editor" };
  let articleId: string;

  beforeAll(async () => {
    db = await freshDatabase(target);
    const [a, b] = await Promise.all(
      ["Alice", "Bob"].map((name) => db.user.create({ data: { name, email: `${name}@desk.test`, passwordHash: "x" }, select: { id: true } })),
    );
    alice = { id: a!.id, role: "editor" };
    bob = { id: b!.id, role: "editor" };
    articleId = (await db.article.create({ data: { slug: "bridge", title: "Bridge", outlet: "Gazette", body: BODY } })).id;
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  async function claimAt(quote: string, speakerName = "The Mayor") {
    const { body } = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true } });
    const start = body.indexOf(quote);
    const input = createClaimSchema.parse({ articleId, anchorStart: start, anchorEnd: start + quote.length, quote, text: quote, speakerName });
    return (await createClaim(db, input, alice)).claimId;
  }

  it("creates a claim at a selection, unverified, with its first history entry", async () => {
    const id = await claimAt("the bridge reopened on 3 May");
    const claim = await db.claim.findUniqueOrThrow({ where: { id }, include: { statusChanges: true, speaker: true } });
    expect(claim).toMatchObject({ status: "unverified", quote: "the bridge reopened on 3 May", anchorStart: BODY.indexOf("the bridge"), createdById: alice.id });
    expect(claim.speaker.name).toBe("The Mayor");
    expect(claim.statusChanges).toMatchObject([{ fromStatus: null, toStatus: "unverified", reason: INITIAL_REASON, actorId: alice.id }]);
  });

  it("refuses a selection that no longer matches the body, and writes nothing", async () => {
    const before = await db.claim.count();
    const input = createClaimSchema.parse({ articleId, anchorStart: 0, anchorEnd: 9, quote: "Not there", text: "x", speakerName: "X" });
    await expect(createClaim(db, input, alice)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.claim.count()).toBe(before);
  });

  it("re-finds anchors when the body is edited and flags a claim whose words are gone", async () => {
    const kept = await claimAt("The council confirmed the repairs cost 2 million euros.", "Council");
    const doomed = await claimAt("Critics denied that the bridge was safe.", "Critics");
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const edited = `Update: new paragraph first.\n${BODY.replace("Critics denied that the bridge was safe. ", "")}`;
    const result = await updateArticle(
      db,
      updateArticleSchema.parse({ articleId, expectedUpdatedAt: article.updatedAt.toISOString(), title: "Bridge", outlet: "Gazette", body: edited }),
      alice.id,
    );
    expect(result.lost).toEqual([{ id: doomed, quote: "Critics denied that the bridge was safe." }]);
    const after = await db.claim.findMany({ where: { articleId }, select: { id: true, anchorStart: true, anchorEnd: true, quote: true, anchorLost: true } });
    for (const claim of after.filter((c) => !c.anchorLost)) expect(edited.slice(claim.anchorStart, claim.anchorEnd)).toBe(claim.quote);
    expect(after.find((c) => c.id === kept)).toMatchObject({ anchorLost: false, anchorStart: edited.indexOf("The council") });
    expect(after.find((c) => c.id === doomed)).toMatchObject({ anchorLost: true });

    // Re-anchoring the lost claim on words that exist clears the flag.
    const quote = "Update: new paragraph first.";
    await reanchorClaim(db, { claimId: doomed, anchorStart: 0, anchorEnd: quote.length, quote }, alice);
    expect(await db.claim.findUniqueOrThrow({ where: { id: doomed } })).toMatchObject({ anchorLost: false, quote });
  });

  it("refuses an article save based on a stale copy", async () => {
    const input = updateArticleSchema.parse({ articleId, expectedUpdatedAt: new Date(0).toISOString(), title: "Bridge", outlet: "Gazette", body: "Other." });
    await expect(updateArticle(db, input, bob.id)).rejects.toThrow(/Someone else saved this article/);
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).body).not.toBe("Other.");
  });

  it("lets exactly one of two concurrent claim saves win; the other learns who changed what", async () => {
    const id = await claimAt("The mayor said", "Mayor Two");
    const results = await Promise.allSettled([
      updateClaim(db, { claimId: id, expectedVersion: 1, text: "Alice's wording" }, alice),
      updateClaim(db, { claimId: id, expectedVersion: 1, text: "Bob's wording" }, bob),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(StaleClaimError);
    expect(loser.reason).toMatchObject({ changedFields: ["text"] });
    expect(loser.reason.message).toMatch(/your edits are still in the form/);
  });

  it("validates evidence URLs (http/https only) and refuses evidence on a locked claim", async () => {
    const id = await claimAt("the bridge reopened on 3 May");
    for (const url of ["javascript:alert(1)", "ftp://files.test/a", "www.example.test"]) {
      const parsed = addEvidenceSchema.safeParse({ claimId: id, kind: "document", stance: "supports", sourceName: "Gazette", url });
      expect(parsed.success, url).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({ path: ["url"], message: "Enter a full web address starting with http:// or https://." });
    }
    const ok = addEvidenceSchema.parse({ claimId: id, kind: "document", stance: "supports", sourceName: "Gazette", url: "https://gazette.test/a", publishedAt: "" });
    const { claimId, ...fields } = ok;
    await addEvidence(db, claimId, fields, alice);
    expect(await db.evidence.findFirst({ where: { claimId: id } })).toMatchObject({ url: "https://gazette.test/a", addedById: alice.id });

    await db.claim.update({ where: { id }, data: { lockedAt: new Date(), lockReason: "Dispute under review" } });
    await expect(addEvidence(db, claimId, fields, alice)).rejects.toBeInstanceOf(ClaimLockedError);
    await expect(addEvidence(db, claimId, fields, alice)).rejects.toThrow(/Dispute under review/);
    expect(await db.evidence.count({ where: { claimId: id } })).toBe(1);
  });

  it("links two claims once per type", async () => {
    const a = await claimAt("The council confirmed", "Council Two");
    const b = await claimAt("Update: new paragraph", "Critic Two");
    await addLink(db, { fromClaimId: a, toClaimId: b, type: "contradicts", note: "" }, alice);
    await expect(addLink(db, { fromClaimId: a, toClaimId: b, type: "contradicts", note: "" }, alice)).rejects.toThrow(/already linked/);
  });

  it("hides dismissed suggestions and those a claim already covers", async () => {
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const claims = await db.claim.findMany({ where: { articleId } });
    const open = await openSuggestions(db, article, []);
    expect(open.length).toBeGreaterThan(0);
    expect((await openSuggestions(db, article, claims)).length).toBeLessThan(open.length);
    await dismissSuggestion(db, { articleId, key: open[0]!.key, quote: open[0]!.quote }, alice.id);
    expect((await openSuggestions(db, article, [])).map((s) => s.key)).not.toContain(open[0]!.key);
  });
});
