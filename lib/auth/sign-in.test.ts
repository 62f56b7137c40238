import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { LoginLimiter } from "@/lib/auth/login-limiter";
import { authenticate } from "@/lib/auth/sign-in";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";

describe.each(TEST_DATABASES)("sign-in [$name]", (target) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDatabase(target);
    const passwordHash = await hashPassword("right-password-1");
    await db.user.create({ data: { email: "ed@signin.test", name: "Ed", role: "editor", passwordHash } });
    await db.user.create({ data: { email: "off@signin.test", name: "Off", role: "admin", passwordHash, disabled: true } });
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  const limiter = () => new LoginLimiter(3, 900);

  it("signs in with the right password, whatever the email's case or spaces", async () => {
    const outcome = await authenticate(db, limiter(), { email: "  Ed@SignIn.test ", password: "right-password-1", address: null });
    expect(outcome).toEqual({ ok: true, user: { id: expect.any(String), email: "ed@signin.test", name: "Ed", role: "editor" } });
  });

  it("gives the same answer for a wrong password, an unknown email and a disabled account", async () => {
    const l = limiter();
    const wrong = await authenticate(db, l, { email: "ed@signin.test", password: "wrong-password", address: null });
    const unknown = await authenticate(db, l, { email: "nobody@signin.test", password: "right-password-1", address: null });
    const disabled = await authenticate(db, l, { email: "off@signin.test", password: "right-password-1", address: null });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    expect(disabled).toEqual(wrong);
  });

  it("locks the account after the maximum failures, even for the right password", async () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) await authenticate(db, l, { email: "ed@signin.test", password: "nope", address: `10.0.0.${i}` });
    const locked = await authenticate(db, l, { email: "ed@signin.test", password: "right-password-1", address: "10.0.0.99" });
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    if (!locked.ok && locked.reason === "locked") expect(locked.retryAfterSeconds).toBeGreaterThan(800);
  });

  it("locks a client address that guesses across accounts", async () => {
    const l = limiter();
    for (const email of ["a@x.test", "b@x.test", "c@x.test"]) await authenticate(db, l, { email, password: "nope", address: "192.0.2.1" });
    expect(await authenticate(db, l, { email: "ed@signin.test", password: "right-password-1", address: "192.0.2.1" })).toMatchObject({
      reason: "locked",
    });
    expect((await authenticate(db, l, { email: "ed@signin.test", password: "right-password-1", address: "192.0.2.2" })).ok).toBe(true);
  });
});
