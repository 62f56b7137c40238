// The public page cache from a reader's side: a popular claim page is served from the
// cache, still runs its scripts under the CSP (each response has its own nonce), and
// shows an editor's change on the very next load.
import { expect, test, type Page } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { signIn } from "./helpers/auth";
import { E2E_DATABASE_URL } from "./env";

async function createClaim() {
  const db = createDb(E2E_DATABASE_URL);
  const stamp = Date.now();
  const body = "The ferry operator said crossings doubled in 2025.";
  const article = await db.article.create({ data: { slug: `ferry-${stamp}`, title: `Ferry ${stamp}`, outlet: "Coast News", body } });
  const speaker = await db.speaker.create({ data: { slug: `ferry-operator-${stamp}`, name: `Ferry Operator ${stamp}` } });
  const claim = await db.claim.create({
    data: { articleId: article.id, speakerId: speaker.id, text: "Ferry crossings doubled in 2025.", anchorStart: 0, anchorEnd: body.length - 1, quote: body.slice(0, -1) },
  });
  await db.$disconnect();
  return { articleId: article.id, claimId: claim.id };
}

/** Loads a page as a reader and returns how it was served and the nonce it allows. */
async function load(page: Page, path: string) {
  const response = (await page.goto(path))!;
  expect(response.status()).toBe(200);
  const csp = response.headers()["content-security-policy"] ?? "";
  return { cache: response.headers()["x-page-cache"], nonce: /'nonce-([^']+)'/.exec(csp)?.[1] };
}

test("readers get a cached claim page that works and changes as soon as an editor saves", async ({ browser, page }) => {
  test.setTimeout(60_000);
  const { articleId, claimId } = await createClaim();
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });

  await load(page, `/claims/${claimId}`);
  const tokenRequest = page.waitForRequest((request) => request.url().includes(`/api/claims/${claimId}/dispute-token`));
  const second = await load(page, `/claims/${claimId}`);
  expect(second.cache).toBe("hit");
  await tokenRequest; // the page's scripts ran: the dispute form asked for its own token
  const third = await load(page, `/claims/${claimId}`);
  expect(third.cache).toBe("hit");
  expect(third.nonce).toBeTruthy();
  expect(third.nonce).not.toBe(second.nonce);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Unverified").first()).toBeVisible();

  const editorContext = await browser.newContext();
  const desk = await editorContext.newPage();
  await signIn(desk, "editor");
  await desk.goto(`/desk/articles/${articleId}`);
  await desk.getByRole("region", { name: /^Claims \(/ }).getByRole("button").first().click();
  const panel = desk.getByRole("region", { name: /Claim by Ferry Operator/ });
  await panel.getByLabel("Status", { exact: true }).selectOption("confirmed");
  await panel.getByLabel("Reason for the status change (required)").fill("The operator's annual report shows the doubling.");
  await panel.getByRole("button", { name: "Save claim" }).click();
  await expect(panel.getByTestId("save-state")).toHaveText("✓ Saved.");
  await editorContext.close();

  const afterSave = await load(page, `/claims/${claimId}`);
  expect(afterSave.cache).toBe("miss");
  await expect(page.getByText("The operator's annual report shows the doubling.").first()).toBeVisible();
  await expect(page.getByText("Confirmed").first()).toBeVisible();
  expect(cspViolations).toEqual([]);
});

test("a signed-in reader's pages are rendered for them, never from the cache", async ({ page }) => {
  const { claimId } = await createClaim();
  await signIn(page, "editor");
  const first = await load(page, `/claims/${claimId}`);
  const second = await load(page, `/claims/${claimId}`);
  expect([first.cache, second.cache]).toEqual([undefined, undefined]);
  await expect(page.getByRole("navigation", { name: "Site" }).getByRole("button", { name: "Sign out" })).toBeVisible();
});
