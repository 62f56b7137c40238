import { expect, test } from "@playwright/test";

test("the home page lists the demo article with its claim counts", async ({ page }) => {
  await page.goto("/");
  const article = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) }).first();
  await expect(article.getByRole("link")).toContainText(/Witkoff|Ushakov|Ukraine/);
  await expect(article.getByRole("list", { name: "Claims by status" })).toContainText("Denied");
});

test("the article highlights Dmitriev's denial and links it to Ushakov's confirmation", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("listitem").getByRole("heading", { level: 2 }).getByRole("link").first().click();

  // In the body: the highlighted denial says its status in words, not only by colour.
  const highlight = page.locator('a[data-status="denied"]', { hasText: "Dmitriev denied" });
  await expect(highlight).toBeVisible();
  await expect(highlight).toContainText("Denied");

  // Following it lands on the claim card, which shows the contradiction.
  await highlight.click();
  const card = page.locator("article:target");
  await expect(card).toContainText("Kirill Dmitriev");
  await expect(card).toContainText("Denied");
  const link = card.getByRole("list", { name: "Related claims" }).getByRole("listitem").filter({ hasText: "Contradicted by" });
  await expect(link).toContainText("Ushakov");
  await expect(link).toContainText("Confirmed");
});

test("an unknown article gets a friendly 404", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
