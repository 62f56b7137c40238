// Password hashing with bcrypt (pure-JS bcryptjs: no native build, same format).
// Cost 12 keeps a sign-in around a quarter of a second: slow for attackers, fine for people.
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";

export const BCRYPT_COST = 12;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 72; // bcrypt ignores bytes past 72

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A random password for generated accounts, printed once and never stored in clear. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/** Why a chosen password is unacceptable, or null when it is fine. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (Buffer.byteLength(password, "utf8") > MAX_PASSWORD_LENGTH) return `Password must be at most ${MAX_PASSWORD_LENGTH} bytes.`;
  return null;
}
