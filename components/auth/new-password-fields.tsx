// The "new password" and "repeat it" pair, shared by the account page and the
// one-time set-password link, and the single field an admin fills for a new account:
// all state the same rule the same way.
import { Field } from "@/components/forms/field";
import { fieldErrors } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/action";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

type Result = ActionResult<unknown> | null;

/** A new password (form field "password"), with the length rule as its hint. */
export function NewPasswordField({ id, label, result }: { id: string; label: string; result: Result }) {
  return (
    <Field
      id={id}
      name="password"
      type="password"
      label={label}
      hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      autoComplete="new-password"
      minLength={MIN_PASSWORD_LENGTH}
      required
      errors={fieldErrors(result, "password")}
    />
  );
}

export function NewPasswordFields({ result }: { result: Result }) {
  return (
    <>
      <NewPasswordField id="password" label="New password" result={result} />
      <Field
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        label="Repeat the new password"
        autoComplete="new-password"
        required
        errors={fieldErrors(result, "confirmPassword")}
      />
    </>
  );
}
