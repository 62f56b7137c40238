// A reader's walk through the public site, with accessibility checks on every page,
// plus the machine-readable side: JSON-LD, the JSON API, downloads and the feed.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const ARTICLE = "/articles/ukraine-peace-talks-stall-after-witkoff-leak";

async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/); // Next may stream the <title> after the body
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

test("a reader follows Dmitriev's denial to Ushakov's confirmation, the speaker page and a search", async ({ page }) => {
  test.setTimeout(90_000); // six full-page axe scans
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Recently changed claim statuses" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: /Witkoff calls stir disputes/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await expectAccessible(page);

  // The highlight leads to the claim's summary and moves focus there.
  await page.locator('a[data-status="denied"]', { hasText: "Dmitriev denied" }).click();
  const card = page.locator("article:target");
  await expect(card).toContainText("Kirill Dmitriev");
  await expect(card).toBeFocused();
  await expect(card.getByRole("link", { name: "Back to this claim in the article text" })).toBeVisible();

  await card.getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/claims\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("did not exist");
  await expect(page.getByText("Our verdict:")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Status history" })).toBeVisible();
  await expectAccessible(page);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
  expect(jsonLd).toMatchObject({
    "@type": "ClaimReview",
    reviewRating: { ratingValue: 1, worstRating: 1, bestRating: 3, alternateName: "Denied" },
    itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Kirill Dmitriev" } },
  });

  const related = page.getByRole("list", { name: "Related claims" }).getByRole("listitem").filter({ hasText: "Contradicted by Yuri Ushakov" });
  const dmitrievClaimUrl = page.url();
  await related.getByRole("link").click();
  await expect(page).not.toHaveURL(dmitrievClaimUrl);
  await expect(page.getByRole("link", { name: "Yuri Ushakov" }).first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Related claims" })).toContainText("Contradicts Kirill Dmitriev");
  await expectAccessible(page);

  await page.getByRole("list", { name: "Related claims" }).getByRole("listitem").filter({ hasText: "Contradicts Kirill Dmitriev" }).getByRole("link").click();
  await expect(page).toHaveURL(dmitrievClaimUrl);
  await page.getByRole("link", { name: "Kirill Dmitriev", exact: true }).first().click();
  await expect(page).toHaveURL(/\/speakers\/kirill-dmitriev$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kirill Dmitriev", exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Claims by status" })).toContainText("Denied");
  await expect(page.getByRole("heading", { name: /Contradictions \([1-9]/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("search", { name: "Site search" }).getByRole("searchbox").fill("Witkoff");
  await page.getByRole("search", { name: "Site search" }).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=Witkoff$/);
  await expect(page.getByRole("heading", { name: /claims? found/ })).toBeVisible();
  await expect(page.locator("mark", { hasText: /^Witkoff$/ }).first()).toBeVisible();
  await expectAccessible(page);
});

test("article filters are driven by the query string", async ({ page }) => {
  await page.goto(`${ARTICLE}?status=denied&speaker=kirill-dmitriev`);
  const cards = page.locator("article[id^=claim-]");
  await expect(cards.first()).toContainText("Kirill Dmitriev");
  for (const text of await cards.allTextContents()) expect(text).toContain("Denied");
  await expect(page.locator("a[data-status]").first()).toHaveAttribute("data-status", "denied");
  await expect(page.getByText(/Showing \d+ of \d+ claims/)).toBeVisible();
});

test("nothing in a URL causes a server error", async ({ page, request }) => {
  for (const url of [
    '/search?q=%22&page=abc',
    "/search?q=NEAR(&status=nonsense&from=2025-99-99&page=-1",
    "/search?q=%27%3B%20drop%20table%20Claim%3B--&page=99999999999999999999",
    "/search?q=*&speaker=x&article=y",
    `${ARTICLE}?status[]=x&speaker=%00`,
  ]) {
    expect((await page.goto(url))?.status(), url).toBe(200);
  }
  for (const url of ["/claims/nope", "/speakers/nope", "/articles/nope/claims.csv"]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  const api = await request.get("/api/claims/nope");
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: "No such claim." });
  expect((await request.get("/api/articles?limit=0")).status()).toBe(400);
});

test("the JSON API serves the demo data with open CORS", async ({ request }) => {
  const list = await request.get("/api/articles");
  expect(list.headers()["access-control-allow-origin"]).toBe("*");
  const { data } = await list.json();
  // Other specs import articles too, so look for the demo article rather than assume it is first.
  expect(data.map((a: { slug: string }) => a.slug)).toContain("ukraine-peace-talks-stall-after-witkoff-leak");

  const article = await (await request.get(`/api${ARTICLE}`)).json();
  const denial = article.data.claims.find((c: { speaker: string; status: string }) => c.speaker === "Kirill Dmitriev" && c.status === "denied");
  expect(denial).toBeTruthy();

  const claim = await (await request.get(`/api/claims/${denial.id}`)).json();
  expect(claim.data.links).toContainEqual(expect.objectContaining({ label: "Contradicted by", claim: expect.objectContaining({ speaker: expect.objectContaining({ name: "Yuri Ushakov" }) }) }));
  expect(JSON.stringify(claim)).not.toContain("editorNotes");

  const speaker = await (await request.get("/api/speakers/kirill-dmitriev")).json();
  expect(speaker.data.counts.denied).toBeGreaterThan(0);

  const search = await (await request.get("/api/search?q=Witkoff")).json();
  expect(search.meta.total).toBeGreaterThan(0);

  const preflight = await request.fetch("/api/search", { method: "OPTIONS" });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
});

test("downloads and the feed carry the demo claims", async ({ page, request }) => {
  await page.goto(ARTICLE);
  const csvHref = await page.getByRole("link", { name: "CSV (spreadsheet)" }).getAttribute("href");
  const csv = await request.get(csvHref!);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename=".+-claims\.csv"$/);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain("claim_id,url,speaker");
  expect(text).toContain("Kirill Dmitriev");

  const json = await request.get(`${ARTICLE}/claims.json`);
  expect(json.headers()["content-disposition"]).toContain("attachment");
  expect((await json.json()).claims.length).toBeGreaterThanOrEqual(20);

  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect((xml.match(/<entry>/g) ?? []).length).toBeGreaterThan(5);
});

test("every public page fits a 375px-wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(ARTICLE);
  const claimHref = await page.locator("article[id^=claim-] h3 a").first().getAttribute("href");
  for (const url of ["/", ARTICLE, claimHref!, "/speakers/kirill-dmitriev", "/search?q=Witkoff"]) {
    await page.goto(url);
    await expectNoHorizontalScroll(page);
  }
});
