// Role check for page.tsx files: anonymous visitors go to /login (and come back after
// signing in); a signed-in user without the role gets { ok: false } so the page can
// say so. Layouts are not a guard: every page calls this itself.
import "server-only";
import { redirect } from "next/navigation";
import { checkRole } from "@/lib/auth/authorize";
import type { Role } from "@/lib/auth/roles";

export async function pageAccess(required: Role, path: string) {
  const result = await checkRole(required);
  if (!result.ok && result.reason === "unauthenticated") redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return result;
}
