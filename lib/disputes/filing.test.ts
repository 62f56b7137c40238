import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { snapshotTables } from "@/lib/testing/table-snapshot";
import { InvalidInputError } from "@/lib/actions/errors";
import { DisputeRefusedError, fileDispute, type FilingContext } from "@/lib/disputes/filing";
import { deriveKey, issueFormToken } from "@/lib/disputes/form-token";
import { SubmissionLimiter } from "@/lib/disputes/rate-limit";
import { DISPUTE_REF_PATTERN } from "@/lib/disputes/ref";
import type { FileDisputeInput } from "@/lib/disputes/schemas";

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);
const KEY = deriveKey("test-secret-0123456789abcdefghijklmnopqrstuvwxyz");
const LIMITS = { minSeconds: 3, maxAgeSeconds: 3600, rateLimit: 2, rateWindowSeconds: 3600 };

describe.each(TEST_DATABASES)("filing a dispute [$name]", (target) => {
  let db: Db;
  let claimId: string;
  let reader: { id: string; name: string; email: string };
  let counter = 0;

  beforeAll(async () => {
    db = await freshDatabase(target);
    reader = await db.user.create({ data: { name: "Rita Reader", email: "rita@example.test", passwordHash: "x" }, select: { id: true, name: true, email: true } });
    const speaker = await db.speaker.create({ data: { slug: "kirill-dmitriev", name: "Kirill Dmitriev" } });
    const article = await db.article.create({ data: { slug: "talks", title: "T", outlet: "O", body: "Dmitriev denied it." } });
    claimId = (
      await db.claim.create({
        data: { articleId: article.id, speakerId: speaker.id, text: "The calls never happened", anchorStart: 0, anchorEnd: 18, quote: "Dmitriev denied it", status: "denied" },
      })
    ).id;
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  function input(overrides: Partial<FileDisputeInput> = {}): FileDisputeInput {
    return {
      claimId,
      proposedStatus: "confirmed",
      reason: "Ushakov confirmed on the record that the calls took place.",
      evidenceUrl: "https://example.test/kommersant",
      name: "Anna Reader",
      email: `anna-${++counter}@example.test`,
      formToken: issueFormToken(claimId, NOW - 10_000, KEY),
      website: "",
      ...overrides,
    };
  }
  function ctx(overrides: Partial<FilingContext> = {}): FilingContext {
    return { user: null, address: `203.0.113.${++counter}`, limiter: new SubmissionLimiter(LIMITS.rateLimit, LIMITS.rateWindowSeconds), limits: LIMITS, now: NOW, tokenKey: KEY, ...overrides };
  }
  async function expectRefusal(run: () => Promise<unknown>, reason: string, message: RegExp) {
    const before = await snapshotTables(db, target);
    const error: unknown = await run().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DisputeRefusedError);
    expect(error).toMatchObject({ reason, message: expect.stringMatching(message) });
    expect(await snapshotTables(db, target)).toEqual(before);
  }

  it("files an open dispute with an unguessable reference and keeps the email", async () => {
    const filed = await fileDispute(db, input({ email: "Anna@Example.test" }), ctx());
    expect(filed.ref).toMatch(DISPUTE_REF_PATTERN);
    const row = await db.dispute.findUniqueOrThrow({ where: { ref: filed.ref } });
    expect(row).toMatchObject({ claimId, state: "open", proposedStatus: "confirmed", submitterName: "Anna Reader", submitterEmail: "anna@example.test", evidenceUrl: "https://example.test/kommersant" });
  });

  it("refuses a filled-in honeypot and writes nothing", async () => {
    await expectRefusal(() => fileDispute(db, input({ website: "http://spam.example" }), ctx()), "honeypot", /must stay empty/);
  });

  it("refuses a form sent faster than a person can, saying how long to wait", async () => {
    await expectRefusal(() => fileDispute(db, input({ formToken: issueFormToken(claimId, NOW - 1000, KEY) }), ctx()), "too_fast", /wait 2 seconds/);
  });

  it("refuses a forged, missing or other claim's token", async () => {
    const [issuedAt, signature] = issueFormToken(claimId, NOW - 10_000, KEY).split(".");
    const backdated = `${Number(issuedAt) - 60_000}.${signature}`;
    await expectRefusal(() => fileDispute(db, input({ formToken: backdated }), ctx()), "bad_token", /altered/);
    await expectRefusal(() => fileDispute(db, input({ formToken: "" }), ctx()), "bad_token", /Reload the page/);
    await expectRefusal(() => fileDispute(db, input({ formToken: issueFormToken("other-claim", NOW - 10_000, KEY) }), ctx()), "bad_token", /altered/);
    const otherKey = deriveKey("another-secret-0123456789abcdefghijklmnopq");
    await expectRefusal(() => fileDispute(db, input({ formToken: issueFormToken(claimId, NOW - 10_000, otherKey) }), ctx()), "bad_token", /altered/);
  });

  it("refuses a form loaded too long ago", async () => {
    await expectRefusal(() => fileDispute(db, input({ formToken: issueFormToken(claimId, NOW - 2 * 3600_000, KEY) }), ctx()), "expired", /more than 1 hour ago/);
  });

  it("limits disputes per client address, and a refused one does not use up the allowance", async () => {
    const shared = ctx({ address: "198.51.100.7" });
    await fileDispute(db, input(), shared);
    await fileDispute(db, input({ email: "rita-dup@example.test" }), ctx());
    // Refused for another reason: gives its slot back.
    await expectRefusal(() => fileDispute(db, input({ email: "rita-dup@example.test" }), shared), "duplicate", /already have a dispute/);
    await fileDispute(db, input(), shared);
    await expectRefusal(() => fileDispute(db, input(), shared), "rate_limited", /limit is 2 per 1 hour.*try again in 1 hour/);
    // Another address is not affected; an unknown address is only subject to the other checks.
    await expect(fileDispute(db, input(), ctx({ limiter: shared.limiter, address: "198.51.100.8" }))).resolves.toBeTruthy();
    await expect(fileDispute(db, input(), ctx({ limiter: shared.limiter, address: null }))).resolves.toBeTruthy();
  });

  it("refuses a second dispute from the same email on the same claim while one is waiting", async () => {
    const email = "twice@example.test";
    const first = await fileDispute(db, input({ email }), ctx());
    await expectRefusal(() => fileDispute(db, input({ email: "TWICE@example.test", proposedStatus: "unverified" }), ctx()), "duplicate", /waiting for a decision/);
    await db.dispute.update({ where: { ref: first.ref }, data: { state: "needs_review" } });
    await expectRefusal(() => fileDispute(db, input({ email }), ctx()), "duplicate", /waiting for a decision/);
    await db.dispute.update({ where: { ref: first.ref }, data: { state: "rejected" } });
    await expect(fileDispute(db, input({ email }), ctx())).resolves.toBeTruthy();
  });

  it("lets only one of two identical submissions sent at the same instant through", async () => {
    const email = "racer@example.test";
    const results = await Promise.allSettled([fileDispute(db, input({ email }), ctx()), fileDispute(db, input({ email }), ctx())]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ reason: "duplicate" });
    expect(await db.dispute.count({ where: { submitterEmail: email } })).toBe(1);
    // The database holds the line even for a writer that skips the check.
    const [existing] = await db.dispute.findMany({ where: { submitterEmail: email } });
    await expect(db.dispute.create({ data: { ...existing!, id: undefined, ref: "D-RACE-0000" } })).rejects.toThrow();
  });

  it("files with the signed-in account's name and email, whatever the form says", async () => {
    const filed = await fileDispute(db, input({ name: "Someone Else", email: "someone@example.test" }), ctx({ user: reader }));
    expect(await db.dispute.findUniqueOrThrow({ where: { ref: filed.ref } })).toMatchObject({
      submitterUserId: reader.id, submitterName: "Rita Reader", submitterEmail: "rita@example.test",
    });
  });

  it("asks an anonymous reader for a name and a valid email, and refuses the claim's current status", async () => {
    const before = await snapshotTables(db, target);
    await expect(fileDispute(db, input({ name: undefined, email: "not-an-email" }), ctx())).rejects.toMatchObject({
      fieldErrors: { name: ["Enter your name."], email: [expect.stringMatching(/valid email/)] },
    });
    await expect(fileDispute(db, input({ proposedStatus: "denied" }), ctx())).rejects.toBeInstanceOf(InvalidInputError);
    expect(await snapshotTables(db, target)).toEqual(before);
  });
});
