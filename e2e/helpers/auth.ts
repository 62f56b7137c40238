// Signing in from e2e tests. Use the fixed accounts (one per role, created by
// global-setup) or, for tests that change an account, a fresh one from createUser.
//
//   await signIn(page, "editor");              // lands on /desk
//   const user = await createUser("editor");   // unique account in the e2e database
//   await signIn(page, user);
//
// The sign-in limiter counts failures per client address too, and every test comes
// from the same loopback address. A spec that expects failed sign-ins should give
// itself its own address so it can never lock the others out:
//   test.use({ extraHTTPHeaders: { "x-real-ip": testClientAddress() } });
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { E2E_ACCOUNTS } from "../accounts";
import { E2E_DATABASE_URL } from "../env";

export type Credentials = { email: string; password: string; name?: string };

export async function fillSignInForm(page: Page, who: Credentials) {
  await page.getByLabel("Email", { exact: true }).fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the /login form and waits until the app has moved on from it. */
export async function signIn(page: Page, who: keyof typeof E2E_ACCOUNTS | Credentials, options: { next?: string } = {}) {
  const credentials = typeof who === "string" ? E2E_ACCOUNTS[who] : who;
  await page.goto(options.next ? `/login?callbackUrl=${encodeURIComponent(options.next)}` : "/login");
  await fillSignInForm(page, credentials);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await expect(page.getByRole("navigation", { name: "Site" }).getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("navigation", { name: "Site" }).getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** A documentation-range address (RFC 3849) practically unique to this call, for the sign-in limiter. */
export function testClientAddress(): string {
  return `2001:db8::${randomBytes(6).toString("hex").match(/.{4}/g)!.join(":")}`;
}

let counter = 0;
/** A unique email for this run, e.g. for accounts a test creates through the UI. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${++counter}@e2e.test`;
}

/** A fresh account, written straight into the e2e database, for tests that change or disable it. */
export async function createUser(role: Role, prefix: string = role): Promise<Credentials & { name: string; id: string }> {
  const email = uniqueEmail(prefix);
  const password = `pw-${email}`;
  const name = `Test ${prefix}`;
  const db = createDb(E2E_DATABASE_URL);
  try {
    const user = await db.user.create({ data: { email, name, role, passwordHash: await hashPassword(password) } });
    return { id: user.id, email, password, name };
  } finally {
    await db.$disconnect();
  }
}
