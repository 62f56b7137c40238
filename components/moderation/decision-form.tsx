"use client";
// A moderator's decision on one dispute: accept, reject with a public note, or send it
// to the claim's editors. Ids carry the dispute id: the queue shows many of these.
import { buttonClass, FieldError, FormMessage, TextareaField } from "@/components/forms/field";
import { fieldErrors, useActionForm } from "@/components/forms/use-action-form";
import { STATUS_INFO, type ClaimStatus } from "@/lib/claims/status";
import { decideDispute } from "@/lib/disputes/moderation-actions";
import { NOTE_MAX } from "@/lib/disputes/schemas";
import type { DisputeState } from "@/lib/disputes/state-machine";

type Props = {
  dispute: { id: string; ref: string; state: DisputeState; proposedStatus: ClaimStatus };
  /** Why this moderator may not decide (separation of duties), if so; admins may override. */
  conflict: string | null;
  isAdmin: boolean;
};

export function DecisionForm({ dispute, conflict, isAdmin }: Props) {
  const [result, formAction, pending] = useActionForm(decideDispute);
  const id = (name: string) => `${name}-${dispute.id}`;
  const decisionErrors = fieldErrors(result, "decision");
  const overrideErrors = fieldErrors(result, "override");
  const options = [
    { value: "accepted", label: `Accept: change the claim's status to ${STATUS_INFO[dispute.proposedStatus].label}` },
    { value: "rejected", label: "Reject: the status stays; the note is published as the reason" },
    ...(dispute.state === "open" ? [{ value: "needs_review", label: "Ask the claim's editors to review it first" }] : []),
  ];
  return (
    <form action={formAction} className="space-y-3" aria-label={`Decide dispute ${dispute.ref}`}>
      {result?.ok && <FormMessage kind="success">Decision recorded for {result.data.ref}.</FormMessage>}
      {result && !result.ok && <FormMessage kind="error">{result.error}</FormMessage>}
      {conflict && (
        <p className="rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950">
          <span aria-hidden="true">⚠ </span>
          {conflict} {isAdmin ? "As an administrator you may override; the override is recorded." : "Another moderator must accept or reject it."}
        </p>
      )}
      <input type="hidden" name="disputeId" value={dispute.id} />
      <fieldset className="space-y-1" aria-describedby={decisionErrors ? id("decision-error") : undefined}>
        <legend className="text-sm font-semibold">Decision</legend>
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input type="radio" name="decision" value={option.value} required className="mt-1" />
            <span>{option.label}</span>
          </label>
        ))}
        <FieldError id={decisionErrors ? id("decision-error") : undefined} errors={decisionErrors} />
      </fieldset>
      <TextareaField
        id={id("note")}
        name="note"
        label="Note"
        hint={`Required to reject (published as the reason) or to ask for a review (for the editors). Up to ${NOTE_MAX} characters.`}
        rows={3}
        maxLength={NOTE_MAX}
        errors={fieldErrors(result, "note")}
      />
      {isAdmin && conflict && (
        <div className="space-y-1">
          <label className="flex items-center gap-2 text-sm font-semibold">
            <input type="checkbox" name="override" value="true" aria-describedby={overrideErrors ? id("override-error") : undefined} />
            Override separation of duties
          </label>
          <FieldError id={overrideErrors ? id("override-error") : undefined} errors={overrideErrors} />
        </div>
      )}
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Recording…" : "Record decision"}
      </button>
    </form>
  );
}
