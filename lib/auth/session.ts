// The single place the signed-in user is read from the next-auth session.
// Kept tiny on purpose: tests replace this module (vi.mock) to act as any user.
import "server-only";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/config";
import { isSessionCookie } from "@/lib/auth/session-cookie";

export type SessionIdentity = { userId: string; signedInAt: number };

export async function getSessionIdentity(): Promise<SessionIdentity | null> {
  // No cookie, no session: skip next-auth entirely. Keeps anonymous public pages cheap,
  // and lets statically rendered pages (no cookies at build time) render without a secret.
  if (!(await cookies()).getAll().some((cookie) => isSessionCookie(cookie.name))) return null;
  const session = await getServerSession(authOptions);
  return session?.user?.id ? { userId: session.user.id, signedInAt: session.signedInAt ?? 0 } : null;
}
