// requireRole for each role against each required role, and for anonymous, disabled
// and deleted users; role changes, disabling and ended sessions apply at the very next call.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";

const session = vi.hoisted(() => ({ db: undefined as Db | undefined, userId: null as string | null, signedInAt: undefined as number | undefined }));
vi.mock("@/lib/db", () => ({
  get db() {
    return session.db;
  },
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionIdentity: async () => (session.userId ? { userId: session.userId, signedInAt: session.signedInAt ?? Date.now() } : null),
}));

import { AuthorizationError, checkRole, requireRole } from "@/lib/auth/authorize";
import { ROLES, type Role } from "@/lib/auth/roles";
import { endAllSessions } from "@/lib/auth/sessions-valid";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";

const ALLOWED: Record<Role, Role[]> = {
  editor: ["editor"],
  moderator: ["editor", "moderator"],
  admin: ["editor", "moderator", "admin"],
};

describe.each(TEST_DATABASES)("requireRole [$name]", (target) => {
  let db: Db;
  const ids = {} as Record<Role, string>;

  beforeAll(async () => {
    db = await freshDatabase(target);
    session.db = db;
    for (const role of ROLES) {
      ids[role] = (await db.user.create({ data: { email: `${role}@roles.test`, name: role, role, passwordHash: "x" } })).id;
    }
  });
  afterAll(async () => {
    session.db = undefined;
    await db?.$disconnect();
  });

  for (const role of ROLES) {
    for (const required of ROLES) {
      const allowed = ALLOWED[role].includes(required);
      it(`${allowed ? "lets" : "refuses"} a ${role} where ${required} is required`, async () => {
        session.userId = ids[role];
        if (allowed) {
          await expect(requireRole(required)).resolves.toMatchObject({ id: ids[role], role, email: `${role}@roles.test` });
        } else {
          await expect(requireRole(required)).rejects.toMatchObject({ reason: "forbidden" });
          expect(await checkRole(required)).toEqual({ ok: false, reason: "forbidden" });
        }
      });
    }
  }

  it("refuses anonymous callers as unauthenticated", async () => {
    session.userId = null;
    for (const required of ROLES) {
      await expect(requireRole(required)).rejects.toBeInstanceOf(AuthorizationError);
      expect(await checkRole(required)).toEqual({ ok: false, reason: "unauthenticated" });
    }
  });

  it("treats a session for a deleted user as signed out", async () => {
    session.userId = "no-such-user";
    expect(await checkRole("editor")).toEqual({ ok: false, reason: "unauthenticated" });
  });

  it("signs out a disabled user at the next call, and lets them back in when enabled", async () => {
    const user = await db.user.create({ data: { email: "d@roles.test", name: "d", role: "admin", passwordHash: "x" } });
    session.userId = user.id;
    expect((await checkRole("admin")).ok).toBe(true);
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await checkRole("editor")).toEqual({ ok: false, reason: "unauthenticated" });
    await db.user.update({ where: { id: user.id }, data: { disabled: false } });
    expect((await checkRole("admin")).ok).toBe(true);
  });

  it("refuses a session that signed in before the account's sessions were ended", async () => {
    const user = await db.user.create({ data: { email: "s@roles.test", name: "s", role: "editor", passwordHash: "x" } });
    session.userId = user.id;
    session.signedInAt = Date.UTC(2026, 0, 1);
    expect((await checkRole("editor")).ok).toBe(true);
    await endAllSessions(db, user.id, new Date(Date.UTC(2026, 0, 2)));
    expect(await checkRole("editor")).toEqual({ ok: false, reason: "unauthenticated" });
    session.signedInAt = 0; // a session from before sign-in times were recorded
    expect(await checkRole("editor")).toEqual({ ok: false, reason: "unauthenticated" });
    session.signedInAt = Date.UTC(2026, 0, 2); // signed in again since
    expect((await checkRole("editor")).ok).toBe(true);
    session.signedInAt = undefined;
  });

  it("applies a role change at the next call, whatever the session says", async () => {
    const user = await db.user.create({ data: { email: "r@roles.test", name: "r", role: "admin", passwordHash: "x" } });
    session.userId = user.id;
    expect((await checkRole("admin")).ok).toBe(true);
    await db.user.update({ where: { id: user.id }, data: { role: "editor" } });
    expect(await checkRole("moderator")).toEqual({ ok: false, reason: "forbidden" });
    expect(await checkRole("editor")).toMatchObject({ ok: true, user: { role: "editor" } });
  });
});
