// Password hashing with bcrypt (pure-JS bcryptjs: no native build, same format).
// Cost 12 keeps a sign-in around a quarter of a second: slow for attackers, fine for people.
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";

export const BCRYPT_COST = 12;
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "@/lib/auth/password-policy";

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
