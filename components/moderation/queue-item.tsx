// One dispute in the moderation queue: the claim as it stands (status, rationale,
// evidence, history), the dispute, and the moderator's controls.
import Link from "next/link";
import { EvidenceList } from "@/components/claims/evidence-list";
import { StatusBadge } from "@/components/claims/status-badge";
import { StatusTransition } from "@/components/claims/status-transition";
import { DisputeSummary } from "@/components/disputes/dispute-summary";
import { DecisionForm } from "@/components/moderation/decision-form";
import { LockForm } from "@/components/moderation/lock-form";
import type { CurrentUser } from "@/lib/auth/authorize";
import type { QueueItem as Item } from "@/lib/disputes/queries";
import { formatDateTime } from "@/lib/utils";

function conflictFor(item: Item, user: CurrentUser): string | null {
  const reasons = [
    ...(item.claim.updatedById === user.id ? ["You made the last change to this claim"] : []),
    ...(item.submitterUserId === user.id ? ["You filed this dispute"] : []),
  ];
  return reasons.length ? `${reasons.join(", and ")}.` : null;
}

export function QueueItem({ item, user }: { item: Item; user: CurrentUser }) {
  const { claim } = item;
  const headingId = `dispute-${item.ref}`;
  return (
    <li id={headingId} className="space-y-4 rounded border border-stone-300 bg-white p-4">
      <h2 className="font-serif text-xl font-bold">
        <Link href={`/claims/${claim.id}`} className="underline-offset-4 hover:underline">
          {claim.speaker.name}: “{claim.text}”
        </Link>
      </h2>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        Current status: <StatusBadge status={claim.status} />
        <span className="text-stone-700">
          · {claim.article.title}
          {claim.updatedBy && ` · last changed by ${claim.updatedBy.name}`}
        </span>
      </p>
      {claim.rationale && (
        <p className="text-sm">
          <span className="font-semibold">Rationale: </span>
          {claim.rationale}
        </p>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold">Claim evidence ({claim.evidence.length})</summary>
        <div className="mt-2">
          <EvidenceList evidence={claim.evidence} />
        </div>
      </details>
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold">Status history ({claim.statusChanges.length})</summary>
        <ol className="mt-2 space-y-2 border-l-2 border-stone-300 pl-3">
          {claim.statusChanges.map((change) => (
            <li key={change.id}>
              <p className="flex flex-wrap items-center gap-2">
                <time dateTime={change.createdAt.toISOString()}>{formatDateTime(change.createdAt)}</time>
                <StatusTransition from={change.fromStatus} to={change.toStatus} />
                {change.dispute && <span>(dispute {change.dispute.ref})</span>}
              </p>
              <p>{change.reason}</p>
            </li>
          ))}
        </ol>
      </details>
      <section aria-label={`Dispute ${item.ref}`} className="space-y-2 border-t border-stone-200 pt-3">
        <DisputeSummary dispute={item} />
        {item.state === "needs_review" && item.resolutionNote && (
          <p className="text-sm">
            <span className="font-semibold">Note to the editors: </span>
            {item.resolutionNote}
          </p>
        )}
      </section>
      <LockForm
        claimId={claim.id}
        formId={item.id}
        locked={claim.lockedAt ? { by: claim.lockedBy?.name ?? null, reason: claim.lockReason } : null}
        defaultReason={`Dispute ${item.ref} under review`}
      />
      <DecisionForm dispute={item} conflict={conflictFor(item, user)} isAdmin={user.role === "admin"} />
    </li>
  );
}
