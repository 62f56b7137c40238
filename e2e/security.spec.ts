// Hostile input and the browser's defences: security headers on every response, a
// CSP that blocks injected scripts, and user text rendered as text everywhere.
import { expect, test, type Page } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { E2E_DATABASE_URL } from "./env";

// One payload per injection style; each would set window.__xss if it ever ran.
const PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=1">`,
  `"><svg onload=window.__xss=1>`,
  `'--></style></script><iframe srcdoc="<script>parent.__xss=1</script>">`,
];
const HOSTILE = PAYLOADS.join(" ");

async function expectNothingExecuted(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // Nothing rendered as markup: no element the payloads would create exists.
  expect(await page.locator("img[src='x'], svg[onload], iframe[srcdoc], [onerror]").count()).toBe(0);
  expect(await page.locator("a[href^='javascript:' i]").count()).toBe(0);
}

test("every response carries the security headers, with a nonce CSP that forbids inline scripts", async ({ request }) => {
  for (const path of ["/", "/about", "/api/articles", "/login", "/api/health"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc, path).not.toContain("unsafe-inline");
    expect(scriptSrc, path).not.toContain("unsafe-eval");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
  // A fresh nonce per response.
  const [a, b] = await Promise.all([request.get("/about"), request.get("/about")]);
  expect(a.headers()["content-security-policy"]).not.toBe(b.headers()["content-security-policy"]);
});

test("pages still run their own scripts under the CSP", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  // Next's runtime defines window.next only if its (nonced) scripts were allowed to run.
  await page.waitForFunction(() => "next" in window);
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "How we check" }).click();
  await expect(page.getByRole("heading", { name: "How we check claims" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a cross-site write to a route handler is refused", async ({ request }) => {
  const response = await request.post("/api/articles", { headers: { Origin: "https://evil.example" }, data: {} });
  expect(response.status()).toBe(403);
});

test("hostile text in every user-entered field renders as text and never runs", async ({ page }) => {
  const db = createDb(E2E_DATABASE_URL);
  const slug = `xss-${Date.now()}`;
  let claimId = "", speakerSlug = "", ref = "";
  try {
    const speaker = await db.speaker.create({ data: { slug: `${slug}-speaker`, name: `Speaker ${HOSTILE}`, description: HOSTILE } });
    speakerSlug = speaker.slug;
    const body = `Intro. ${HOSTILE} said it.`;
    const article = await db.article.create({ data: { slug, title: `Title ${HOSTILE}`, outlet: `Outlet ${HOSTILE}`, body } });
    const claim = await db.claim.create({
      data: {
        articleId: article.id, speakerId: speaker.id, speakerRole: HOSTILE, text: `Claim ${HOSTILE}`,
        anchorStart: 7, anchorEnd: 7 + HOSTILE.length, quote: HOSTILE, rationale: HOSTILE, editorNotes: HOSTILE, status: "denied",
        evidence: { create: [{ kind: "other", stance: "supports", sourceName: HOSTILE, url: "javascript:window.__xss=1", excerpt: HOSTILE }] },
        statusChanges: { create: [{ toStatus: "denied", reason: HOSTILE }] },
      },
    });
    claimId = claim.id;
    const dispute = await db.dispute.create({
      data: {
        ref: `D-XSS${Date.now().toString(36).toUpperCase()}`, claimId, submitterName: HOSTILE, submitterEmail: "x@example.test",
        proposedStatus: "confirmed", reason: HOSTILE, state: "rejected", resolutionNote: HOSTILE, resolvedAt: new Date(),
      },
    });
    ref = dispute.ref;
  } finally {
    await db.$disconnect();
  }

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const path of ["/", `/articles/${slug}`, `/claims/${claimId}`, `/speakers/${speakerSlug}`, `/search?q=${encodeURIComponent("script xss")}`, `/disputes/${ref}`]) {
    await page.goto(path);
    await expectNothingExecuted(page);
  }
  // The payload is visible as literal text where it was entered.
  await page.goto(`/claims/${claimId}`);
  await expect(page.getByText(`<img src=x onerror="window.__xss=1">`, { exact: false }).first()).toBeVisible();
  expect(dialogs).toEqual([]);
});

test("a server action posted from another site is refused by Next's origin check", async ({ request }) => {
  const { actionId } = await import("@/lib/testing/http-client");
  const id = actionId(process.env.NEXT_DIST_DIR || ".next", "lib/disputes/file-actions.ts", "submitDispute");
  const response = await request.post("/about", {
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Origin: "https://evil.example" },
    data: JSON.stringify([{ claimId: "x" }]),
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(await response.text()).not.toContain('"ok":true');
});

test("the session cookie is httpOnly and SameSite, so scripts and other sites cannot use it", async ({ page }) => {
  const { signIn } = await import("./helpers/auth");
  await signIn(page, "editor");
  const session = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});
