import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { E2E_ACCOUNTS } from "./accounts";
import { E2E_DATABASE_URL } from "./env";
import { createUser, fillSignInForm, signIn, signOut, testClientAddress, uniqueEmail } from "./helpers/auth";

// Each sign-in costs a bcrypt comparison (~0.25 s, more on a busy CI machine).
const expect = baseExpect.configure({ timeout: 15_000 });

// This file fails sign-ins on purpose: from its own address, so other specs are never locked out.
test.use({ extraHTTPHeaders: { "x-real-ip": testClientAddress() } });

const site = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Site" });
// Scoped: Next's route announcer is also an alert.
const formAlert = (page: import("@playwright/test").Page) => page.getByRole("main").getByRole("alert");

test("an editor signs in, reaches the desk and signs out", async ({ page }) => {
  await page.goto("/");
  await site(page).getByRole("link", { name: "Sign in" }).click();
  await fillSignInForm(page, E2E_ACCOUNTS.editor);
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole("heading", { name: "Editor's desk" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(E2E_ACCOUNTS.editor.name);
  await expect(site(page).getByRole("link", { name: "Account" })).toBeVisible();
  await expect(site(page).getByRole("link", { name: "Admin" })).toHaveCount(0);

  await signOut(page);
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("a wrong password gets an error that does not say which part was wrong", async ({ page }) => {
  await page.goto("/login");
  await fillSignInForm(page, { email: E2E_ACCOUNTS.editor.email, password: "not-the-password" });
  await expect(formAlert(page)).toHaveText(/email or password is not correct/);
  await expect(page).toHaveURL(/\/login/);

  await fillSignInForm(page, { email: "nobody@e2e.test", password: "not-the-password" });
  await expect(formAlert(page)).toHaveText(/email or password is not correct/);
});

test("an anonymous visitor is sent to sign in, then back to where they were going", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await fillSignInForm(page, E2E_ACCOUNTS.moderator);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("main")).toContainText(E2E_ACCOUNTS.moderator.email);
});

test("an editor cannot open the admin page", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("a user disabled by an admin is signed out at their next request", async ({ page, browser }) => {
  const user = await createUser("editor", "to-disable");
  await signIn(page, user);
  await expect(page.getByRole("heading", { name: "Editor's desk" })).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin", { next: "/admin" });
  const row = admin.getByRole("row").filter({ hasText: user.email });
  await row.getByRole("button", { name: `Disable ${user.email}` }).click();
  await expect(row).toContainText("Disabled");
  await adminContext.close();

  await page.goto("/desk");
  await expect(page).toHaveURL(/\/login/);
  await expect(site(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await fillSignInForm(page, user);
  await expect(formAlert(page)).toHaveText(/email or password is not correct/);
});

test("an admin creates a user with a one-time link, who sets a password and signs in", async ({ page, browser }) => {
  await signIn(page, "admin", { next: "/admin" });
  const email = uniqueEmail("invited");
  const form = page.getByRole("region", { name: "Create a user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Ina Invited");
  await form.getByLabel("Role").selectOption("moderator");
  await form.getByLabel("A one-time link they use to choose it").check();
  await form.getByRole("button", { name: "Create user" }).click();
  const link = await form.getByLabel(`One-time link for ${email}`).inputValue();
  expect(link).toMatch(/\/set-password\/[\w-]{40,}$/);
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Moderator");

  const invited = await (await browser.newContext()).newPage();
  await invited.goto(link);
  await invited.getByLabel("New password", { exact: true }).fill("ina-chosen-password");
  await invited.getByLabel("Repeat the new password").fill("ina-chosen-password");
  await invited.getByRole("button", { name: "Set password" }).click();
  await expect(invited.getByRole("main").getByRole("status")).toContainText("Your password is set");
  await signIn(invited, { email, password: "ina-chosen-password" });
  await expect(invited.getByRole("main")).toContainText("Ina Invited");

  // The link works once.
  await invited.goto(link);
  await expect(invited.getByRole("main")).toContainText("expired or has already been used");
});

test("an admin creates a user with an initial password; a duplicate email is refused", async ({ page }) => {
  await signIn(page, "admin", { next: "/admin" });
  const form = page.getByRole("region", { name: "Create a user" });
  const email = uniqueEmail("direct");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Dee Direct");
  await form.getByLabel("An initial password I give them").check();
  await form.getByLabel("Initial password", { exact: true }).fill("dee-initial-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toContainText(`Account created for ${email}`);
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Editor");

  await form.getByLabel("Email").fill(E2E_ACCOUNTS.editor.email);
  await form.getByLabel("Name").fill("Someone");
  await form.getByLabel("Initial password", { exact: true }).fill("someone-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("alert")).toContainText("already exists");
  const emailField = form.getByLabel("Email");
  await expect(emailField).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await emailField.getAttribute("aria-describedby")}`)).toContainText("already exists");
});

test("signing out ends the session for good: a copy of its cookie stops working", async ({ page, browser }) => {
  const user = await createUser("editor", "copied");
  await signIn(page, user);
  const copy = await browser.newContext();
  await copy.addCookies(await page.context().cookies());
  const elsewhere = await copy.newPage();
  await elsewhere.goto("/account");
  await expect(elsewhere.getByRole("navigation", { name: "Site" }).getByRole("button", { name: "Sign out" })).toBeVisible();

  await signOut(page);
  await elsewhere.goto("/account");
  await expect(elsewhere).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
  await expect(elsewhere.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await copy.close();
});

test("a user changes their own password, which needs the current one", async ({ page, browser }) => {
  const user = await createUser("editor", "changer");
  // Signed in on another device first: changing the password signs that one out.
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await signIn(other, user);
  await signIn(page, user, { next: "/account" });
  const form = page.getByRole("region", { name: "Change your password" });
  await form.getByLabel("Current password").fill("wrong-current-password");
  await form.getByLabel("New password", { exact: true }).fill("brand-new-password");
  await form.getByLabel("Repeat the new password").fill("brand-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password", { exact: true }).fill("brand-new-password");
  await form.getByLabel("Repeat the new password").fill("brand-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toContainText("Your password has been changed");
  await other.goto("/desk");
  await expect(other).toHaveURL(/\/login/);
  await otherDevice.close();

  await page.goto("/account"); // this device stays signed in
  await signOut(page);
  await signIn(page, { email: user.email, password: "brand-new-password" });
});

test("repeated failures lock sign-in with a clear message", async ({ browser }) => {
  // Its own client address and account, so the lock cannot affect other tests.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-real-ip": testClientAddress() } });
  const page = await context.newPage();
  const user = await createUser("editor", "locked");
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await fillSignInForm(page, { email: user.email, password: `wrong-${i}` });
    await expect(formAlert(page)).toHaveText(/email or password is not correct/);
  }
  await fillSignInForm(page, user); // even the right password is refused now
  await expect(formAlert(page)).toHaveText(/Too many failed sign-in attempts.*try again in 15 minutes/);
  await context.close();
});

test("the sign-in page has no detectable accessibility problems, error shown or not", async ({ page }) => {
  await page.goto("/login");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await fillSignInForm(page, { email: "nobody@e2e.test", password: "not-the-password" });
  await expect(formAlert(page)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

for (const path of ["/desk", "/desk/articles/new", "/desk/disputes", "/moderation", "/account", "/admin", "/admin/audit"]) {
  test(`${path} has no detectable accessibility problems`, async ({ page }) => {
    test.slow(); // axe on a busy machine
    await signIn(page, "admin", { next: path });
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page).toHaveTitle(/\S/); // Next streams a dynamic page's <title> after its body
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}

test("the editor's workspace has no detectable accessibility problems, with a claim open", async ({ page }) => {
  test.slow(); // axe over a 31-claim article on a busy machine
  const db = createDb(E2E_DATABASE_URL);
  const article = await db.article.findFirstOrThrow({ where: { claims: { some: {} } }, orderBy: { createdAt: "asc" }, select: { id: true } });
  await db.$disconnect();
  await signIn(page, "editor", { next: `/desk/articles/${article.id}` });
  await page.getByRole("region", { name: /^Claims \(/ }).getByRole("button").first().click();
  await expect(page.getByRole("region", { name: /^Claim by / })).toBeVisible();
  await expect(page).toHaveTitle(/\S/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
