import Link from "next/link";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

/** What a signed-in user sees on a page their role does not open. */
export function Forbidden({ required }: { required: Role }) {
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Not allowed</h1>
      <p>
        This page is for the {ROLE_LABELS[required].toLowerCase()} role and above. If you need access, ask an administrator.
      </p>
      <p>
        <Link href="/desk" className="underline underline-offset-4">
          Back to the editor&apos;s desk
        </Link>
      </p>
    </div>
  );
}
