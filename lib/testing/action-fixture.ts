// The users and helpers server-action tests call actions with: one user per role, a
// `target` editor nobody signs in as, unique values and fresh set-password tokens.
// Shared by the authorization matrix and the hostile-input property test.
import type { Db } from "@/lib/db/client";
import { FIXTURE_PASSWORD, type ActionFixture } from "@/lib/actions/registry";
import { ROLES, type Role } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordToken } from "@/lib/users/password-token";

type FixtureUser = { id: string; email: string };

export async function buildActionFixture(db: Db, domain: string): Promise<{ fx: ActionFixture; disabledAdmin: FixtureUser }> {
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const make = (key: string, role: Role, disabled = false) =>
    db.user.create({ data: { email: `${key}@${domain}`, name: key, role, disabled, passwordHash }, select: { id: true, email: true } });
  const users = {} as Record<Role | "target", FixtureUser>;
  for (const role of ROLES) users[role] = await make(role, role);
  users.target = await make("target", "editor");
  const disabledAdmin = await make("disabled", "admin", true);
  let counter = 0;
  const fx: ActionFixture = {
    db,
    users,
    unique: () => `${process.pid}-${++counter}`,
    passwordToken: async () => {
      const user = await db.user.create({ data: { email: `linked-${fx.unique()}@${domain}`, name: "Linked", passwordHash } });
      const link = newPasswordToken();
      await db.passwordToken.create({ data: { userId: user.id, tokenHash: link.tokenHash, expiresAt: link.expiresAt } });
      return link.token;
    },
  };
  return { fx, disabledAdmin };
}
