// The signed-in part of the site header. Reads the user fresh from the database
// (getCurrentUser), so a disabled account shows "Sign in" at once.
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/authorize";
import { roleSatisfies } from "@/lib/auth/roles";
import { SignOutButton } from "@/components/auth/sign-out-button";

const linkClass = "text-sm underline-offset-4 hover:underline";

export async function AccountNav() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/login" className={`${linkClass} ml-auto`}>
        Sign in
      </Link>
    );
  }
  return (
    <ul aria-label="Your account" className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-1">
      <li>
        <Link href="/desk" className={linkClass}>
          Desk
        </Link>
      </li>
      {roleSatisfies(user.role, "moderator") && (
        <li>
          <Link href="/moderation" className={linkClass}>
            Moderation
          </Link>
        </li>
      )}
      {roleSatisfies(user.role, "admin") && (
        <>
          <li>
            <Link href="/admin" className={linkClass}>
              Admin
            </Link>
          </li>
          <li>
            <Link href="/admin/audit" className={linkClass}>
              Audit log
            </Link>
          </li>
        </>
      )}
      <li>
        <Link href="/account" className={linkClass}>
          Account
        </Link>
      </li>
      <li>
        <SignOutButton className={`${linkClass} underline`} />
      </li>
    </ul>
  );
}
