import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { pageAccess } from "@/lib/auth/page-guard";
import { ROLE_LABELS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const access = await pageAccess("editor", "/account");
  if (!access.ok) return <Forbidden required="editor" />;
  const { user } = access;
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Your account</h1>
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Name</dt>
        <dd>{user.name}</dd>
        <dt className="font-semibold">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>
      <section aria-labelledby="change-password" className="max-w-md space-y-4">
        <h2 id="change-password" className="font-serif text-2xl font-semibold">
          Change your password
        </h2>
        <ChangePasswordForm email={user.email} />
      </section>
    </div>
  );
}
