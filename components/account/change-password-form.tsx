"use client";
import { buttonClass, Field, FormMessage } from "@/components/forms/field";
import { fieldErrors, useActionForm } from "@/components/forms/use-action-form";
import { changeMyPassword } from "@/lib/users/account-actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";

export function ChangePasswordForm({ email }: { email: string }) {
  const [result, formAction, pending] = useActionForm(changeMyPassword);
  return (
    <form action={formAction} className="space-y-4">
      {result?.ok && <FormMessage kind="success">Your password has been changed.</FormMessage>}
      {result && !result.ok && <FormMessage kind="error">{result.error}</FormMessage>}
      <input type="hidden" name="username" value={email} autoComplete="username" readOnly />
      <Field
        id="currentPassword"
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        errors={fieldErrors(result, "currentPassword")}
      />
      <NewPasswordFields result={result} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Saving…" : "Change password"}
      </button>
    </form>
  );
}
