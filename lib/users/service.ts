// Account management: the writes behind the admin page, the account page, the
// set-password link and the CLIs. Takes the database as an argument (scripts pass
// their own client). Every change records who did it in AuditLog, in the same
// transaction as the change. Password hashes never leave this module.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/sqlite/client";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { ConflictError, InvalidInputError, NotFoundError, isUniqueViolation } from "@/lib/actions/errors";
import { hashToken, newPasswordToken } from "@/lib/users/password-token";

type Tx = Prisma.TransactionClient;

export const accountSelect = { id: true, email: true, name: true, role: true, disabled: true, createdAt: true } as const;
export type Account = { id: string; email: string; name: string; role: Role; disabled: boolean; createdAt: Date };

function audit(tx: Tx, actorId: string | null, action: string, userId: string, detail = "") {
  return tx.auditLog.create({ data: { actorId, action, targetType: "user", targetId: userId, detail } });
}

export function listAccounts(db: Db): Promise<Account[]> {
  return db.user.findMany({ select: accountSelect, orderBy: [{ disabled: "asc" }, { email: "asc" }] });
}

export type NewAccount = { email: string; name: string; role: Role } & ({ setup: "password"; password: string } | { setup: "link" });

/** Creates an account; with setup "link" it gets no usable password, only a one-time link token. */
export async function createAccount(db: Db, input: NewAccount, actorId: string | null): Promise<{ account: Account; token?: string }> {
  // Hash before the transaction: bcrypt is slow and SQLite allows one writer at a time.
  const passwordHash = await hashPassword(input.setup === "password" ? input.password : generatePassword());
  const link = input.setup === "link" ? newPasswordToken() : undefined;
  try {
    const account = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: accountSelect,
      });
      await audit(tx, actorId, "user.create", created.id, `role=${input.role}; setup=${input.setup}`);
      if (link) await tx.passwordToken.create({ data: { userId: created.id, tokenHash: link.tokenHash, expiresAt: link.expiresAt } });
      return created;
    });
    return { account, ...(link && { token: link.token }) };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError("An account with this email already exists.", { email: ["An account with this email already exists."] });
    }
    throw error;
  }
}

export async function changeRole(db: Db, actorId: string, userId: string, role: Role): Promise<Account> {
  // Nobody can demote themselves, so there is always at least one admin left.
  if (userId === actorId) throw new InvalidInputError("You cannot change your own role.");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!before) throw new NotFoundError("That user no longer exists.");
    const account = await tx.user.update({ where: { id: userId }, data: { role }, select: accountSelect });
    await audit(tx, actorId, "user.role_change", userId, `${before.role} → ${role}`);
    return account;
  });
}

export async function setDisabled(db: Db, actorId: string, userId: string, disabled: boolean): Promise<Account> {
  if (userId === actorId) throw new InvalidInputError("You cannot disable your own account.");
  return db.$transaction(async (tx) => {
    const exists = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!exists) throw new NotFoundError("That user no longer exists.");
    const account = await tx.user.update({ where: { id: userId }, data: { disabled }, select: accountSelect });
    await audit(tx, actorId, disabled ? "user.disable" : "user.enable", userId);
    return account;
  });
}

/** A fresh one-time set-password link for an existing account; earlier unused links stop working. */
export async function issuePasswordLink(db: Db, actorId: string, userId: string): Promise<string> {
  const link = newPasswordToken();
  await db.$transaction(async (tx) => {
    const exists = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!exists) throw new NotFoundError("That user no longer exists.");
    await tx.passwordToken.deleteMany({ where: { userId, usedAt: null } });
    await tx.passwordToken.create({ data: { userId, tokenHash: link.tokenHash, expiresAt: link.expiresAt } });
    await audit(tx, actorId, "user.password_link", userId);
  });
  return link.token;
}

/**
 * Ends the account's sessions that signed in before `keepSessionSignedInAt` (the session
 * making the change), so a device signed in with the old password is signed out.
 */
export async function changeOwnPassword(
  db: Db, userId: string, currentPassword: string, newPassword: string, keepSessionSignedInAt = Date.now(),
): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new NotFoundError("Your account no longer exists.");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new InvalidInputError("Your current password is not correct.", { currentPassword: ["Your current password is not correct."] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionsValidAfter: new Date(keepSessionSignedInAt) } });
    await audit(tx, userId, "user.password_change", userId);
  });
}

/** Sets a password by email (the reset CLI, run by someone with server access). */
export async function resetPassword(db: Db, email: string, newPassword: string): Promise<Account> {
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) throw new NotFoundError(`No account has the email ${email}.`);
    const account = await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionsValidAfter: new Date() }, select: accountSelect });
    await audit(tx, null, "user.password_reset", user.id, "command line");
    return account;
  });
}

const LINK_UNUSABLE = "This link has expired or has already been used. Ask an administrator for a new one.";

/** The account a set-password link is for, or null when the link cannot be used. */
export async function accountForPasswordToken(db: Db, token: string, now = new Date()): Promise<{ email: string; name: string } | null> {
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true, name: true, disabled: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now || row.user.disabled) return null;
  return { email: row.user.email, name: row.user.name };
}

export async function setPasswordWithToken(db: Db, token: string, newPassword: string, now = new Date()): Promise<{ email: string }> {
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const row = await tx.passwordToken.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, userId: true, usedAt: true, expiresAt: true, user: { select: { email: true, disabled: true } } },
    });
    if (!row || row.usedAt || row.expiresAt <= now || row.user.disabled) throw new InvalidInputError(LINK_UNUSABLE);
    // Claim the token atomically so two submissions of one link cannot both succeed.
    const claimed = await tx.passwordToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new InvalidInputError(LINK_UNUSABLE);
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionsValidAfter: now } });
    await audit(tx, row.userId, "user.password_set", row.userId, "one-time link");
    return { email: row.user.email };
  });
}
