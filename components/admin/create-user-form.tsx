"use client";
// Create an account with an initial password, or with a one-time set-password link
// that is shown here once (only its hash is stored).
import { useState } from "react";
import { buttonClass, Field, FieldError, FormMessage, inputClass } from "@/components/forms/field";
import { fieldErrors, useActionForm } from "@/components/forms/use-action-form";
import { createUser } from "@/lib/users/admin-actions";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { NewPasswordField } from "@/components/auth/new-password-fields";
import { OneTimeLink } from "@/components/admin/one-time-link";

export function CreateUserForm() {
  const [result, formAction, pending] = useActionForm(createUser);
  const [setup, setSetup] = useState<"password" | "link">("link");
  const roleErrors = fieldErrors(result, "role");

  return (
    <form action={formAction} className="max-w-lg space-y-4">
      {result?.ok &&
        (result.data.setPasswordPath ? (
          <OneTimeLink email={result.data.email} path={result.data.setPasswordPath} />
        ) : (
          <FormMessage kind="success">Account created for {result.data.email}. Give them their initial password.</FormMessage>
        ))}
      {result && !result.ok && <FormMessage kind="error">{result.error}</FormMessage>}
      <Field id="new-email" name="email" type="email" label="Email" autoComplete="off" required errors={fieldErrors(result, "email")} />
      <Field id="new-name" name="name" label="Name" autoComplete="off" required errors={fieldErrors(result, "name")} />
      <div className="space-y-1">
        <label htmlFor="new-role" className="block text-sm font-semibold">
          Role
        </label>
        <select
          id="new-role"
          name="role"
          defaultValue="editor"
          className={inputClass}
          aria-invalid={roleErrors ? true : undefined}
          aria-describedby={roleErrors ? "new-role-error" : undefined}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <FieldError id="new-role-error" errors={roleErrors} />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">How will they get their password?</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="setup" value="link" checked={setup === "link"} onChange={() => setSetup("link")} />
          A one-time link they use to choose it
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="setup" value="password" checked={setup === "password"} onChange={() => setSetup("password")} />
          An initial password I give them
        </label>
      </fieldset>
      {setup === "password" && <NewPasswordField id="new-password" label="Initial password" result={result} />}
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Creating…" : "Create user"}
      </button>
    </form>
  );
}
