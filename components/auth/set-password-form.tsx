"use client";
import Link from "next/link";
import { buttonClass, FormMessage } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { setPasswordFromLink } from "@/lib/users/account-actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [result, formAction, pending] = useActionForm(setPasswordFromLink);
  if (result?.ok) {
    return (
      <FormMessage kind="success">
        Your password is set.{" "}
        <Link href="/login" className="font-semibold underline underline-offset-4">
          Sign in
        </Link>{" "}
        with {email} and your new password.
      </FormMessage>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      {result && !result.ok && <FormMessage kind="error">{result.error}</FormMessage>}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} autoComplete="username" readOnly />
      <NewPasswordFields result={result} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Saving…" : "Set password"}
      </button>
    </form>
  );
}
