"use client";
// Per-user admin controls: change role, disable/enable, issue a new set-password link.
// Each control names the user in its accessible name, since a table has many of them.
import { FormMessage, inputClass, secondaryButtonClass } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { OneTimeLink } from "@/components/admin/one-time-link";
import { changeUserRole, createPasswordLink, setUserDisabled } from "@/lib/users/admin-actions";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";

type Props = { user: { id: string; email: string; role: Role; disabled: boolean } };

export function UserRowActions({ user }: Props) {
  const [roleResult, roleAction, rolePending] = useActionForm(changeUserRole);
  const [disableResult, disableAction, disablePending] = useActionForm(setUserDisabled);
  const [linkResult, linkAction, linkPending] = useActionForm(createPasswordLink);
  const failure = [roleResult, disableResult, linkResult].find((r) => r && !r.ok);
  const selectId = `role-${user.id}`;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <form action={roleAction} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label htmlFor={selectId} className="sr-only">
            Role for {user.email}
          </label>
          <select id={selectId} name="role" defaultValue={user.role} className={`${inputClass} w-auto py-1 text-sm`}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
          <button type="submit" className={secondaryButtonClass} disabled={rolePending} aria-label={`Change role of ${user.email}`}>
            Change role
          </button>
        </form>
        <form action={disableAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          <button type="submit" className={secondaryButtonClass} disabled={disablePending} aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.email}`}>
            {user.disabled ? "Enable" : "Disable"}
          </button>
        </form>
        <form action={linkAction}>
          <input type="hidden" name="userId" value={user.id} />
          <button type="submit" className={secondaryButtonClass} disabled={linkPending} aria-label={`New set-password link for ${user.email}`}>
            New password link
          </button>
        </form>
      </div>
      {failure && !failure.ok && <FormMessage kind="error">{failure.error}</FormMessage>}
      {linkResult?.ok && <OneTimeLink email={user.email} path={linkResult.data.setPasswordPath} />}
    </div>
  );
}
