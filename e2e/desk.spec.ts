// The editor's desk, end to end: import → suggestions → claims → evidence, links,
// status with history → the public page; and two editors saving the same claim.
import { expect, test, type Page } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { createUser, signIn } from "./helpers/auth";
import { E2E_DATABASE_URL } from "./env";

const ARTICLE = [
  "Mayor Jane Holt said on Monday that the Elm Street bridge reopened after 3 months of repairs.",
  "Council spokesman Tom Reyes confirmed that the repairs cost 2 million euros.",
  "Critics say the bridge is still unsafe for trucks.",
].join("\n\n");

/** Selects words in the article body the way a mouse would, then releases the button. */
async function selectInBody(page: Page, words: string) {
  await page.getByTestId("article-body").evaluate((root, words) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`"${words}" is not in the article body`);
  }, words);
}

test("an editor imports an article, logs claims, checks one and publishes the result", async ({ page }) => {
  test.setTimeout(90_000);
  const title = `Elm Street bridge ${Date.now()}`;
  await signIn(page, "editor");
  await page.goto("/desk");
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Outlet").fill("Local Gazette");
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Import article" }).click();
  await page.waitForURL(/\/desk\/articles\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // Three suggestions, the first with the mayor as the proposed speaker.
  const suggestions = page.getByRole("region", { name: /Suggested claims/ });
  await expect(suggestions.getByRole("heading")).toHaveText("Suggested claims (3)");
  await expect(suggestions.getByRole("listitem").first()).toContainText("Jane Holt");

  // Accept two (the first one edited), each becoming an unverified claim.
  await suggestions.getByRole("button", { name: "Accept… suggestion 1" }).click();
  await suggestions.getByLabel("Claim text").fill("The Elm Street bridge reopened on Monday after three months of repairs.");
  await suggestions.getByRole("button", { name: "Accept as claim" }).click();
  const claims = page.getByRole("region", { name: /^Claims \(/ });
  await expect(claims.getByRole("heading")).toHaveText("Claims (1)");
  await suggestions.getByRole("button", { name: "Accept… suggestion 1" }).click();
  await suggestions.getByRole("button", { name: "Accept as claim" }).click();
  await expect(claims.getByRole("heading")).toHaveText("Claims (2)");
  await expect(claims).toContainText("Tom Reyes");

  // A claim from selected words.
  await selectInBody(page, "the bridge is still unsafe for trucks");
  const fromSelection = page.getByRole("region", { name: "New claim from selection" });
  await expect(fromSelection.locator("blockquote")).toHaveText("the bridge is still unsafe for trucks");
  await fromSelection.getByLabel("Claim text").fill("The Elm Street bridge is unsafe for trucks.");
  await fromSelection.getByLabel("New speaker's full name").fill("Critics of the bridge");
  await fromSelection.getByRole("button", { name: "Create claim" }).click();
  await expect(claims.getByRole("heading")).toHaveText("Claims (3)");

  // The new claim is open in the panel: add evidence, a contradicts link, and change its status.
  const panel = page.getByRole("region", { name: /Claim by Critics of the bridge/ });
  await expect(panel).toBeVisible();
  await panel.locator("summary", { hasText: "Add evidence" }).click();
  await panel.getByLabel("Stance").selectOption("contradicts");
  await panel.getByLabel("Kind").selectOption("document");
  await panel.getByLabel("Source", { exact: true }).fill("City engineering report");
  await panel.getByLabel("Web address (http or https)").fill("javascript:alert(1)");
  await panel.getByRole("button", { name: "Add evidence" }).click();
  await expect(panel.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
  await panel.getByLabel("Web address (http or https)").fill("https://city.test/engineering-report");
  await panel.getByRole("button", { name: "Add evidence" }).click();
  await expect(panel.getByRole("heading", { name: "Evidence (1)" })).toBeVisible();

  await panel.locator("summary", { hasText: "Link to another claim" }).click();
  await panel.getByLabel("This claim…").selectOption("contradicts");
  await panel.getByPlaceholder("Search claims by text or speaker").fill("reopened repairs");
  await panel.getByRole("button", { name: "Search" }).click();
  await panel.getByRole("list", { name: "Claims found" }).getByRole("button", { name: /^Link/ }).first().click();
  await expect(panel.getByRole("heading", { name: "Linked claims (1)" })).toBeVisible();
  await expect(panel).toContainText("Contradicts: “The Elm Street bridge reopened on Monday");

  await panel.getByLabel("Status", { exact: true }).selectOption("denied");
  await panel.getByLabel("Reason for the status change (required)").fill("The city's engineering report rates the bridge safe for trucks.");
  await panel.getByLabel("Claim text").press("Control+Enter");
  await expect(panel.getByTestId("save-state")).toHaveText("✓ Saved.");
  const history = panel.getByRole("list", { name: "Status history" });
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").first()).toContainText("Eddie Editor");
  await expect(history.getByRole("listitem").first()).toContainText("engineering report rates the bridge safe");
  await expect(history.getByRole("listitem").last()).toContainText("Logged from the article.");

  // Readers see it.
  await page.getByRole("link", { name: "Public page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const highlight = page.locator('a[data-status="denied"]', { hasText: "unsafe for trucks" });
  await expect(highlight).toContainText("Denied");
  await expect(page.getByText("City engineering report").first()).toBeVisible();
  await expect(page.getByText(/Contradicts/).first()).toBeVisible();
});

test("a save based on a stale copy is refused, says what changed, and keeps the editor's input", async ({ browser }) => {
  test.setTimeout(90_000);
  const db = createDb(E2E_DATABASE_URL);
  const stamp = Date.now();
  const body = "The port authority said cargo volumes rose 12 percent in 2024.";
  const article = await db.article.create({ data: { slug: `port-${stamp}`, title: `Port ${stamp}`, outlet: "Harbour News", body } });
  const speaker = await db.speaker.create({ data: { slug: `port-authority-${stamp}`, name: `Port Authority ${stamp}` } });
  await db.claim.create({
    data: { articleId: article.id, speakerId: speaker.id, text: "Cargo volumes rose 12 percent in 2024.", anchorStart: 0, anchorEnd: body.length - 1, quote: body.slice(0, -1) },
  });
  await db.$disconnect();

  const [alice, bob] = [await createUser("editor", "alice"), await createUser("editor", "bob")];
  const open = async (who: typeof alice) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, who);
    await page.goto(`/desk/articles/${article.id}`);
    await page.getByRole("region", { name: /^Claims \(/ }).getByRole("button").first().click();
    return { context, panel: page.getByRole("region", { name: /Claim by Port Authority/ }) };
  };
  const a = await open(alice);
  const b = await open(bob);

  await a.panel.getByLabel("Claim text").fill("Cargo volumes rose 12% in 2024 (Alice).");
  await a.panel.getByRole("button", { name: "Save claim" }).click();
  await expect(a.panel.getByTestId("save-state")).toHaveText("✓ Saved.");

  await b.panel.getByLabel("Rationale (public)").fill("Bob's rationale: the authority's annual report.");
  await b.panel.getByRole("button", { name: "Save claim" }).click();
  await expect(b.panel.getByTestId("save-state")).toHaveText("⚠ Not saved.");
  const message = b.panel.getByRole("alert");
  await expect(message).toContainText(`${alice.name} saved this claim after you opened it`);
  await expect(message).toContainText("Claim text: Cargo volumes rose 12% in 2024 (Alice).");
  await expect(b.panel.getByLabel("Rationale (public)")).toHaveValue("Bob's rationale: the authority's annual report.");

  // Bob keeps his edit on top of Alice's version: both survive.
  await b.panel.getByRole("button", { name: "Save my changes on top of theirs" }).click();
  await expect(b.panel.getByTestId("save-state")).toHaveText("✓ Saved.");
  const check = createDb(E2E_DATABASE_URL);
  const saved = await check.claim.findFirstOrThrow({ where: { articleId: article.id } });
  await check.$disconnect();
  expect(saved).toMatchObject({ text: "Cargo volumes rose 12% in 2024 (Alice).", rationale: "Bob's rationale: the authority's annual report.", version: 3 });
  await a.context.close();
  await b.context.close();
});
