// Ending sessions. A session is a signed token the server does not store, so it cannot
// be deleted; instead the account records a time, and sessions that signed in before it
// are refused (lib/auth/authorize.ts reads it on every request).
import type { Db } from "@/lib/db/client";

type Tx = Pick<Db, "user">;

/** Ends every session of this account, on every device (sign-out, new password). */
export async function endAllSessions(db: Tx, userId: string, at: Date = new Date()): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionsValidAfter: at } });
}

/** Whether a session that signed in at `signedInAt` (ms) still counts. */
export function sessionStillValid(signedInAt: number, sessionsValidAfter: Date | null): boolean {
  return !sessionsValidAfter || signedInAt >= sessionsValidAfter.getTime();
}
