import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { runUserCreate, runUserResetPassword, UsageError } from "@/lib/users/cli";

describe.each(TEST_DATABASES)("account CLIs [$name]", (target) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDatabase(target);
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  const passwordOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).passwordHash;

  it("creates an account with a generated password it prints once", async () => {
    const out = await runUserCreate(db, ["--email", " New@CLI.test ", "--role", "moderator"]);
    const printed = out.match(/Password \(shown only once\): (\S+)/)?.[1];
    expect(printed).toBeDefined();
    expect(await verifyPassword(printed!, await passwordOf("new@cli.test"))).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { email: "new@cli.test" }, select: { role: true, name: true } })).toEqual({ role: "moderator", name: "new" });
    expect(await db.auditLog.count({ where: { action: "user.create", actorId: null } })).toBe(1);
  });

  it("takes a given name and password", async () => {
    const out = await runUserCreate(db, ["--email", "given@cli.test", "--role", "admin", "--name", "Given Name", "--password", "a-given-password"]);
    expect(out).not.toContain("a-given-password");
    expect(await verifyPassword("a-given-password", await passwordOf("given@cli.test"))).toBe(true);
  });

  it.each([
    [["--email", "x@cli.test", "--role", "boss"], /--role: Choose a role/],
    [["--email", "not-an-email", "--role", "editor"], /--email: Enter a valid email/],
    [["--email", "new@cli.test", "--role", "editor"], /already exists/],
    [["--email", "y@cli.test", "--role", "editor", "--password", "short"], /at least 12/],
    [["--role", "editor"], /--email and --role are required/],
    [["--email", "z@cli.test", "--role", "editor", "--admin"], /Unknown option '--admin'/],
  ])("refuses %j with a clear message", async (argv, message) => {
    const before = await db.user.count();
    await expect(runUserCreate(db, argv)).rejects.toThrow(message);
    await expect(runUserCreate(db, argv)).rejects.toBeInstanceOf(UsageError);
    expect(await db.user.count()).toBe(before);
  });

  it("resets a password, generated or given, and refuses unknown users and weak passwords", async () => {
    const out = await runUserResetPassword(db, ["--email", "given@cli.test"]);
    const printed = out.match(/Password \(shown only once\): (\S+)/)?.[1];
    expect(await verifyPassword(printed!, await passwordOf("given@cli.test"))).toBe(true);
    await runUserResetPassword(db, ["--email", "given@cli.test", "--password", "another-given-pw"]);
    expect(await verifyPassword("another-given-pw", await passwordOf("given@cli.test"))).toBe(true);
    await expect(runUserResetPassword(db, ["--email", "nobody@cli.test"])).rejects.toThrow(/No account has the email nobody@cli.test/);
    await expect(runUserResetPassword(db, ["--email", "given@cli.test", "--password", "weak"])).rejects.toThrow(/at least 12/);
    await expect(runUserResetPassword(db, [])).rejects.toThrow(/--email is required/);
  });
});
