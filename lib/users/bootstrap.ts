// The first administrator. Created on the first start of an empty database with a
// random password shown once: there is never a fixed default password to guess.
import type { Db } from "@/lib/db/client";
import { generatePassword, hashPassword } from "@/lib/auth/password";

export const FIRST_ADMIN_EMAIL = "admin@claims-desk.local";

export async function ensureFirstAdmin(db: Db): Promise<{ email: string; password: string } | null> {
  if ((await db.user.count()) > 0) return null;
  const password = generatePassword();
  await db.user.create({
    data: { email: FIRST_ADMIN_EMAIL, name: "Administrator", role: "admin", passwordHash: await hashPassword(password) },
  });
  return { email: FIRST_ADMIN_EMAIL, password };
}
