import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import {
  accountForPasswordToken, changeOwnPassword, changeRole, createAccount, issuePasswordLink, setDisabled, setPasswordWithToken,
} from "@/lib/users/service";

describe.each(TEST_DATABASES)("account services [$name]", (target) => {
  let db: Db;
  let adminId: string;
  beforeAll(async () => {
    db = await freshDatabase(target);
    adminId = (await db.user.create({ data: { email: "boss@svc.test", name: "Boss", role: "admin", passwordHash: await hashPassword("boss-password-1") } })).id;
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  const auditFor = (targetId: string) =>
    db.auditLog.findMany({ where: { targetId }, select: { actorId: true, action: true, targetType: true, detail: true }, orderBy: { createdAt: "asc" } });

  it("creates an account with a password, records who did it, and refuses a duplicate email", async () => {
    const { account, token } = await createAccount(db, { setup: "password", email: "a@svc.test", name: "A", role: "moderator", password: "a-password-123" }, adminId);
    expect(token).toBeUndefined();
    expect(account).toMatchObject({ email: "a@svc.test", role: "moderator", disabled: false });
    expect(account).not.toHaveProperty("passwordHash");
    expect(await auditFor(account.id)).toEqual([{ actorId: adminId, action: "user.create", targetType: "user", detail: "role=moderator; setup=password" }]);
    await expect(
      createAccount(db, { setup: "password", email: "a@svc.test", name: "A2", role: "editor", password: "a-password-123" }, adminId),
    ).rejects.toMatchObject({ code: "conflict", fieldErrors: { email: [expect.any(String)] } });
    expect(await db.auditLog.count({ where: { action: "user.create" } })).toBe(1);
  });

  it("creates an account with a one-time link: only the hash is stored, and the link works once", async () => {
    const { account, token } = await createAccount(db, { setup: "link", email: "b@svc.test", name: "B", role: "editor" }, adminId);
    expect(token).toMatch(/^[\w-]{40,}$/);
    const stored = await db.passwordToken.findFirstOrThrow({ where: { userId: account.id } });
    expect(stored.tokenHash).not.toContain(token!);
    expect(await accountForPasswordToken(db, token!)).toEqual({ email: "b@svc.test", name: "B" });

    const setAt = new Date();
    await setPasswordWithToken(db, token!, "b-chosen-password", setAt);
    const user = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(await verifyPassword("b-chosen-password", user.passwordHash)).toBe(true);
    expect(user.sessionsValidAfter).toEqual(setAt); // sessions from before the new password are over
    expect(await accountForPasswordToken(db, token!)).toBeNull();
    await expect(setPasswordWithToken(db, token!, "another-password-1")).rejects.toMatchObject({ code: "invalid" });
    expect((await auditFor(account.id)).map((a) => a.action)).toEqual(["user.create", "user.password_set"]);
  });

  it("refuses expired links and a new link replaces older unused ones", async () => {
    const { account, token } = await createAccount(db, { setup: "link", email: "c@svc.test", name: "C", role: "editor" }, adminId);
    const later = new Date(Date.now() + 73 * 3600_000);
    expect(await accountForPasswordToken(db, token!, later)).toBeNull();
    await expect(setPasswordWithToken(db, token!, "c-password-1234", later)).rejects.toMatchObject({ code: "invalid" });
    const fresh = await issuePasswordLink(db, adminId, account.id);
    expect(await accountForPasswordToken(db, token!)).toBeNull();
    expect(await accountForPasswordToken(db, fresh)).toMatchObject({ email: "c@svc.test" });
  });

  it("changes roles and disables accounts with an audit entry, but never the admin's own", async () => {
    const { account } = await createAccount(db, { setup: "password", email: "d@svc.test", name: "D", role: "editor", password: "d-password-123" }, adminId);
    await changeRole(db, adminId, account.id, "admin");
    await setDisabled(db, adminId, account.id, true);
    await setDisabled(db, adminId, account.id, false);
    expect((await auditFor(account.id)).slice(1)).toEqual([
      { actorId: adminId, action: "user.role_change", targetType: "user", detail: "editor → admin" },
      { actorId: adminId, action: "user.disable", targetType: "user", detail: "" },
      { actorId: adminId, action: "user.enable", targetType: "user", detail: "" },
    ]);
    await expect(changeRole(db, adminId, adminId, "editor")).rejects.toMatchObject({ code: "invalid" });
    await expect(setDisabled(db, adminId, adminId, true)).rejects.toMatchObject({ code: "invalid" });
    await expect(changeRole(db, adminId, "no-such-user", "editor")).rejects.toMatchObject({ code: "not_found" });
    expect(await db.user.findUniqueOrThrow({ where: { id: adminId }, select: { role: true, disabled: true } })).toEqual({ role: "admin", disabled: false });
  });

  it("changes one's own password only with the current one", async () => {
    await expect(changeOwnPassword(db, adminId, "not-my-password", "new-boss-password")).rejects.toMatchObject({
      fieldErrors: { currentPassword: [expect.any(String)] },
    });
    const thisSession = Date.UTC(2026, 10, 28, 9);
    await changeOwnPassword(db, adminId, "boss-password-1", "new-boss-password", thisSession);
    const user = await db.user.findUniqueOrThrow({ where: { id: adminId } });
    expect(await verifyPassword("new-boss-password", user.passwordHash)).toBe(true);
    // Sessions older than the one that made the change are over; that one goes on.
    expect(user.sessionsValidAfter).toEqual(new Date(thisSession));
  });
});
