// Readers dispute a claim's status; a moderator rejects one and accepts another; the
// public record (dispute page, claim history, article counts) follows.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn, testClientAddress, uniqueEmail } from "./helpers/auth";

const ARTICLE = "/articles/ukraine-peace-talks-stall-after-witkoff-leak";
// The form refuses a submission sooner than DISPUTE_MIN_SUBMIT_SECONDS (default 3) after loading.
const MIN_SUBMIT_MS = 3_500;

// Our own client address, so the per-address dispute limit never depends on other specs.
test.use({ extraHTTPHeaders: { "x-real-ip": testClientAddress() } });

type ApiClaim = { id: string; speaker: string; status: string; text: string };
async function findClaim(request: APIRequestContext, match: (c: ApiClaim) => boolean): Promise<ApiClaim> {
  const article = await (await request.get(`/api${ARTICLE}`)).json();
  const claim = (article.data.claims as ApiClaim[]).find(match);
  expect(claim, "demo claim").toBeTruthy();
  return claim!;
}

async function fileDispute(page: Page, claimId: string, dispute: { proposed: string; reason: string; email: string }): Promise<string> {
  await page.goto(`/claims/${claimId}`);
  const loadedAt = Date.now();
  const form = page.getByRole("region", { name: "Disputes" });
  await form.getByLabel("The status you think is right").selectOption(dispute.proposed);
  await form.getByLabel("Why the status is wrong").fill(dispute.reason);
  await form.getByLabel("Link to evidence (optional)").fill("https://www.kommersant.ru/doc/0000000");
  await form.getByLabel("Your name").fill("Rita Reader");
  await form.getByLabel("Your email").fill(dispute.email);
  await page.waitForTimeout(Math.max(0, MIN_SUBMIT_MS - (Date.now() - loadedAt)));
  await form.getByRole("button", { name: "Send dispute" }).click();
  const confirmation = form.getByRole("status");
  await expect(confirmation).toContainText("Your dispute has been filed with the reference");
  const ref = /D-[0-9A-Z]{10}/.exec((await confirmation.textContent()) ?? "")?.[0];
  expect(ref).toBeTruthy();
  return ref!;
}

async function decide(page: Page, ref: string, decision: RegExp, note: string) {
  await page.goto("/moderation");
  const item = page.locator(`[id="dispute-${ref}"]`);
  await expect(item).toBeVisible();
  await item.getByRole("radio", { name: decision }).check();
  await item.getByLabel("Note", { exact: true }).fill(note);
  await item.getByRole("button", { name: "Record decision" }).click();
  // Decided disputes leave the queue.
  await expect(item).toHaveCount(0);
}

function disputeCount(text: string | null, kind: "open" | "accepted" | "rejected"): number {
  return Number(new RegExp(`(\\d+) ${kind}`).exec(text ?? "")?.[1] ?? NaN);
}

test("a reader disputes Dmitriev's denial; a moderator rejects it with a note the reader can read", async ({ page, request }) => {
  const claim = await findClaim(request, (c) => c.speaker === "Kirill Dmitriev" && c.status === "denied");
  const email = uniqueEmail("rita");
  const ref = await fileDispute(page, claim.id, {
    proposed: "unverified",
    reason: "Dmitriev's post on X is the only source for the denial; it cannot be checked independently.",
    email,
  });

  await page.goto(`/disputes/${ref}`);
  await expect(page.getByRole("heading", { name: `Dispute ${ref}` })).toBeVisible();
  await expect(page.getByText("A moderator has not decided yet")).toBeVisible();
  await expect(page.getByText("cannot be checked independently")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(email);

  // The claim page lists it too, without the email.
  await page.goto(`/claims/${claim.id}`);
  const disputes = page.getByRole("list", { name: "Disputes of this claim's status" });
  await expect(disputes.getByRole("link", { name: ref })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(email);

  await signIn(page, "moderator", { next: "/moderation" });
  await decide(page, ref, /^Reject/, "The status records Dmitriev's own denial, which is what he said; Ushakov's confirmation is shown as evidence.");

  await page.goto(`/disputes/${ref}`);
  await expect(page.getByText("The dispute was rejected")).toBeVisible();
  await expect(page.getByText("Ushakov's confirmation is shown as evidence.")).toBeVisible();
  await page.goto(`/claims/${claim.id}`);
  await expect(page.locator("main article > header")).toContainText("Denied");
});

test("an accepted dispute changes the claim's status and public history", async ({ page, request }) => {
  const claim = await findClaim(request, (c) => c.status === "unverified");
  await page.goto(ARTICLE);
  const countsBefore = await page.locator("p", { hasText: "Reader disputes:" }).textContent();

  const ref = await fileDispute(page, claim.id, {
    proposed: "confirmed",
    reason: "The Kremlin confirmed this on the record at the daily press briefing the next morning.",
    email: uniqueEmail("rita"),
  });
  await page.goto(ARTICLE);
  await expect.poll(async () => disputeCount(await page.locator("p", { hasText: "Reader disputes:" }).textContent(), "open")).toBe(disputeCount(countsBefore, "open") + 1);

  await signIn(page, "moderator", { next: "/moderation" });
  await decide(page, ref, /^Accept/, "Checked the briefing transcript.");

  await page.goto(`/claims/${claim.id}`);
  await expect(page.locator("main article > header")).toContainText("Confirmed");
  const history = page.getByRole("region", { name: "Status history" });
  const entry = history.getByRole("listitem").filter({ hasText: ref });
  await expect(entry).toContainText("Unverified");
  await expect(entry).toContainText("Confirmed");
  await expect(entry).toContainText("daily press briefing");
  await entry.getByRole("link", { name: ref }).click();
  await expect(page).toHaveURL(new RegExp(`/disputes/${ref}$`));
  await expect(page.getByText("The dispute was accepted")).toBeVisible();
  await expect(page.getByText("Checked the briefing transcript.")).toBeVisible();

  await page.goto(ARTICLE);
  const countsAfter = await page.locator("p", { hasText: "Reader disputes:" }).textContent();
  expect(disputeCount(countsAfter, "accepted")).toBe(disputeCount(countsBefore, "accepted") + 1);
  expect(disputeCount(countsAfter, "open")).toBe(disputeCount(countsBefore, "open"));
});
