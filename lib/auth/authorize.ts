// THE authorization helper. Every page, server action and route handler that needs a
// signed-in user goes through requireRole (directly, or via authorizedAction in
// lib/actions/action.ts). The proxy's redirect is a convenience, never the guard.
//
// The session cookie only says who the user is and when they signed in. Their role,
// whether they are disabled and when their sessions were last ended (sign-out,
// password change) are re-read from the database on every request (one query by
// primary key, cached for the rest of the request), so each takes effect at the
// user's next request, not when their session expires.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getSessionIdentity } from "@/lib/auth/session";
import { sessionStillValid } from "@/lib/auth/sessions-valid";
import { roleSatisfies, type Role } from "@/lib/auth/roles";

/** signedInAt: when this session signed in (ms), so a password change can keep it. */
export type CurrentUser = { id: string; email: string; name: string; role: Role; signedInAt: number };
export type AuthFailure = "unauthenticated" | "forbidden";

export class AuthorizationError extends Error {
  constructor(readonly reason: AuthFailure) {
    super(reason === "unauthenticated" ? "Sign in to continue." : "You do not have permission to do that.");
    this.name = "AuthorizationError";
  }
}

/** The signed-in, enabled user, or null (anonymous, deleted or disabled). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getSessionIdentity();
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionsValidAfter: true },
  });
  if (!user || user.disabled || !sessionStillValid(session.signedInAt, user.sessionsValidAfter)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, signedInAt: session.signedInAt };
});

/** Like requireRole, but returns the failure instead of throwing (for pages and route handlers). */
export async function checkRole(required: Role): Promise<{ ok: true; user: CurrentUser } | { ok: false; reason: AuthFailure }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "unauthenticated" };
  if (!roleSatisfies(user.role, required)) return { ok: false, reason: "forbidden" };
  return { ok: true, user };
}

/** The current user if they hold at least `required`; throws AuthorizationError otherwise. */
export async function requireRole(required: Role): Promise<CurrentUser> {
  const result = await checkRole(required);
  if (!result.ok) throw new AuthorizationError(result.reason);
  return result.user;
}

/** The HTTP answer a route handler gives when checkRole refuses. */
export function authFailureResponse(reason: AuthFailure): Response {
  return Response.json(
    { error: reason === "unauthenticated" ? "Sign in to continue." : "You do not have permission to do that." },
    { status: reason === "unauthenticated" ? 401 : 403 },
  );
}
