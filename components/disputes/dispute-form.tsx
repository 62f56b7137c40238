"use client";
// "Dispute this status": the reader's form on every public claim page.
import Link from "next/link";
import { useActionState, useEffect, useState } from "react";
import { buttonClass, Field, FieldError, FormMessage, inputClass, TextareaField } from "@/components/forms/field";
import { fieldErrors } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/action";
import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from "@/lib/claims/status";
import { submitDispute } from "@/lib/disputes/file-actions";
import { DISPUTE_REASON_MAX, DISPUTE_REASON_MIN, HONEYPOT_FIELD } from "@/lib/disputes/schemas";

type Props = { claimId: string; currentStatus: ClaimStatus; formToken: string; signedInAs: string | null };
type State = { result: ActionResult<{ ref: string }>; values: Record<string, string> } | null;

export function DisputeForm({ claimId, currentStatus, formToken, signedInAs }: Props) {
  const token = useFreshFormToken(claimId, formToken);
  // Keeps what was sent so a refused form comes back filled in (React resets forms after an action).
  const [state, formAction, pending] = useActionState<State, FormData>(async (_previous, formData) => {
    const values = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
    return { result: await submitDispute(formData), values };
  }, null);
  const result = state?.result ?? null;
  const values = state?.values ?? {};
  const errors = (field: string) => fieldErrors(result, field);

  if (result?.ok) {
    const { ref } = result.data;
    return (
      <FormMessage kind="success">
        Thank you. Your dispute has been filed with the reference <strong>{ref}</strong>. A moderator will review it; follow its progress at{" "}
        <Link href={`/disputes/${ref}`} className="underline underline-offset-4">
          /disputes/{ref}
        </Link>{" "}
        (keep the reference: it is the only way back to it).
      </FormMessage>
    );
  }

  const choices = CLAIM_STATUSES.filter((s) => s !== currentStatus);
  const statusErrors = errors("proposedStatus");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {result && !result.ok && <FormMessage kind="error">{result.error}</FormMessage>}
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="formToken" value={token} />
      <div className="space-y-1">
        <label htmlFor="dispute-status" className="block text-sm font-semibold">
          The status you think is right
        </label>
        <select
          id="dispute-status"
          name="proposedStatus"
          defaultValue={values.proposedStatus ?? choices[0]}
          key={`status-${values.proposedStatus ?? ""}`}
          className={inputClass}
          aria-invalid={statusErrors ? true : undefined}
          aria-describedby={statusErrors ? "dispute-status-error" : undefined}
        >
          {choices.map((status) => (
            <option key={status} value={status}>
              {STATUS_INFO[status].label}: {STATUS_INFO[status].meaning}
            </option>
          ))}
        </select>
        <FieldError id={statusErrors ? "dispute-status-error" : undefined} errors={statusErrors} />
      </div>
      <TextareaField
        id="dispute-reason"
        name="reason"
        label="Why the status is wrong"
        hint={`Between ${DISPUTE_REASON_MIN} and ${DISPUTE_REASON_MAX} characters. Shown publicly with your dispute.`}
        rows={5}
        minLength={DISPUTE_REASON_MIN}
        maxLength={DISPUTE_REASON_MAX}
        required
        defaultValue={values.reason ?? ""}
        key={`reason-${values.reason ?? ""}`}
        errors={errors("reason")}
      />
      <Field
        id="dispute-evidence"
        name="evidenceUrl"
        type="url"
        label="Link to evidence (optional)"
        hint="A web address starting with http:// or https://."
        defaultValue={values.evidenceUrl ?? ""}
        key={`evidence-${values.evidenceUrl ?? ""}`}
        errors={errors("evidenceUrl")}
      />
      {signedInAs ? (
        <p className="text-sm text-stone-700">You are filing as {signedInAs}, with your account&apos;s email (never shown).</p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="dispute-name"
            name="name"
            label="Your name"
            hint="Shown with your dispute."
            autoComplete="name"
            required
            defaultValue={values.name ?? ""}
            key={`name-${values.name ?? ""}`}
            errors={errors("name")}
          />
          <Field
            id="dispute-email"
            name="email"
            type="email"
            label="Your email"
            hint="Private: never shown or published."
            autoComplete="email"
            required
            defaultValue={values.email ?? ""}
            key={`email-${values.email ?? ""}`}
            errors={errors("email")}
          />
        </div>
      )}
      {/* Honeypot: hidden from people and assistive technology; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="dispute-website">Leave this field empty</label>
        <input id="dispute-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Sending…" : "Send dispute"}
      </button>
    </form>
  );
}

/**
 * The page may come from the page cache, its token issued before this reader arrived,
 * which would let a bot skip the minimum time: ask for a token of our own. If that
 * fails, the page's token still works.
 */
function useFreshFormToken(claimId: string, pageToken: string): string {
  const [token, setToken] = useState(pageToken);
  useEffect(() => {
    let current = true;
    fetch(`/api/claims/${encodeURIComponent(claimId)}/dispute-token`, { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ token?: string }>) : null))
      .then((body) => {
        if (current && body?.token) setToken(body.token);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [claimId]);
  return token;
}
