import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { accountForPasswordToken } from "@/lib/users/service";
import { SetPasswordForm } from "@/components/auth/set-password-form";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

export default async function SetPasswordPage(props: PageProps<"/set-password/[token]">) {
  const { token } = await props.params;
  const account = await accountForPasswordToken(db, token);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Set your password</h1>
      {account ? (
        <>
          <p>
            Choose a password for <strong>{account.email}</strong>. This link works once.
          </p>
          <SetPasswordForm token={token} email={account.email} />
        </>
      ) : (
        <p>
          This link has expired or has already been used. Ask an administrator for a new one, or{" "}
          <Link href="/login" className="underline underline-offset-4">
            sign in
          </Link>{" "}
          if you have already set your password.
        </p>
      )}
    </div>
  );
}
