// The "new password" and "repeat it" pair, shared by the account page and the
// one-time set-password link so both state the same rule the same way.
import { Field } from "@/components/forms/field";
import { fieldErrors } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/action";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

export function NewPasswordFields({ result }: { result: ActionResult<unknown> | null }) {
  return (
    <>
      <Field
        id="password"
        name="password"
        type="password"
        label="New password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        errors={fieldErrors(result, "password")}
      />
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
