import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { pageAccess } from "@/lib/auth/page-guard";
import { ROLE_LABELS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Editor's desk" };

export default async function DeskPage() {
  const access = await pageAccess("editor", "/desk");
  if (!access.ok) return <Forbidden required="editor" />;
  const { user } = access;
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Editor&apos;s desk</h1>
      <p>
        Hello, {user.name}. You are signed in as {user.email} ({ROLE_LABELS[user.role].toLowerCase()}).
      </p>
    </div>
  );
}
