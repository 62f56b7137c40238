// The single place the signed-in user's id is read from the next-auth session.
// Kept tiny on purpose: tests replace this module (vi.mock) to act as any user.
import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/config";

export async function getSessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  return session?.user?.id ?? null;
}
