// Checks an email + password for the Credentials provider, behind the login limiter.
// Takes its database and limiter as arguments so it can be tested without next-auth.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { LoginLimiter } from "@/lib/auth/login-limiter";
import { env } from "@/lib/env";
import type { Role } from "@/lib/auth/roles";

export { LOCKED_OUT_ERROR } from "@/lib/auth/sign-in-codes";

export type SignInUser = { id: string; email: string; name: string; role: Role };
export type SignInOutcome =
  | { ok: true; user: SignInUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const globalForLimiter = globalThis as unknown as { claimsDeskLoginLimiter?: LoginLimiter };
export const loginLimiter = (globalForLimiter.claimsDeskLoginLimiter ??= new LoginLimiter(
  env.LOGIN_MAX_FAILURES,
  env.LOGIN_WINDOW_SECONDS,
));

// Unknown emails still pay for one bcrypt comparison, so response time does not
// reveal which addresses have accounts.
let dummyHash: Promise<string> | undefined;
function timingDummyHash(): Promise<string> {
  return (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));
}

export async function authenticate(
  db: Db,
  limiter: LoginLimiter,
  input: { email: string; password: string; address: string | null },
): Promise<SignInOutcome> {
  const email = normalizeEmail(input.email);
  const accountKey = `account:${email}`;
  const keys = input.address ? [accountKey, `address:${input.address}`] : [accountKey];

  const gate = limiter.check(keys);
  if (!gate.allowed) return { ok: false, reason: "locked", retryAfterSeconds: gate.retryAfterSeconds };

  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, role: true, disabled: true, passwordHash: true },
      })
    : null;
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await timingDummyHash()));
  if (!user || !matches || user.disabled) {
    limiter.recordFailure(keys);
    return { ok: false, reason: "invalid" };
  }
  limiter.reset(accountKey);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
