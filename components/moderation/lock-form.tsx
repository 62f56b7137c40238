"use client";
// Lock a disputed claim against editors' changes while it is under review, or unlock it.
import { inputClass, FormMessage, secondaryButtonClass } from "@/components/forms/field";
import { fieldErrors, useActionForm } from "@/components/forms/use-action-form";
import { lockClaim, unlockClaim } from "@/lib/disputes/moderation-actions";
import { LOCK_REASON_MAX } from "@/lib/disputes/schemas";

type Props = { claimId: string; formId: string; locked: { by: string | null; reason: string | null } | null; defaultReason: string };

export function LockForm({ claimId, formId, locked, defaultReason }: Props) {
  const [lockResult, lockAction, locking] = useActionForm(lockClaim);
  const [unlockResult, unlockAction, unlocking] = useActionForm(unlockClaim);
  const failure = [lockResult, unlockResult].find((r) => r && !r.ok);
  const reasonErrors = fieldErrors(lockResult, "reason");
  return (
    <div className="space-y-2 text-sm">
      {locked ? (
        <form action={unlockAction} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="claimId" value={claimId} />
          <span>
            <span aria-hidden="true">🔒 </span>Locked{locked.by ? ` by ${locked.by}` : ""}
            {locked.reason ? `: ${locked.reason}` : ""}. Editors cannot change the claim until it is unlocked or the disputes are decided.
          </span>
          <button type="submit" className={secondaryButtonClass} disabled={unlocking}>
            Unlock claim
          </button>
        </form>
      ) : (
        <form action={lockAction} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="claimId" value={claimId} />
          <div className="min-w-64 flex-1 space-y-1">
            <label htmlFor={`lock-reason-${formId}`} className="block font-semibold">
              Lock reason (shown to editors)
            </label>
            <input
              id={`lock-reason-${formId}`}
              name="reason"
              defaultValue={defaultReason}
              maxLength={LOCK_REASON_MAX}
              className={inputClass}
              aria-invalid={reasonErrors ? true : undefined}
            />
          </div>
          <button type="submit" className={secondaryButtonClass} disabled={locking}>
            Lock claim
          </button>
        </form>
      )}
      {failure && !failure.ok && <FormMessage kind="error">{failure.error}</FormMessage>}
    </div>
  );
}
