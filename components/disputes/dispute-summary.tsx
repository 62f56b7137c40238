import Link from "next/link";
import { StatusBadge } from "@/components/claims/status-badge";
import { DisputeStateBadge } from "@/components/disputes/dispute-state-badge";
import type { ClaimDispute } from "@/lib/disputes/queries";
import { formatDateTime } from "@/lib/utils";

/** One dispute as the public sees it: reference, state, proposal, reason, evidence and decision. Never the email. */
export function DisputeSummary({ dispute, linkRef = true }: { dispute: ClaimDispute; linkRef?: boolean }) {
  return (
    <div className="space-y-2 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        {linkRef ? (
          <Link href={`/disputes/${dispute.ref}`} className="font-mono font-semibold underline underline-offset-4">
            {dispute.ref}
          </Link>
        ) : (
          <span className="font-mono font-semibold">{dispute.ref}</span>
        )}
        <DisputeStateBadge state={dispute.state} />
        <span>
          proposes <StatusBadge status={dispute.proposedStatus} />
        </span>
      </p>
      <p className="text-stone-700">
        Filed by {dispute.submitterName} on <time dateTime={dispute.createdAt.toISOString()}>{formatDateTime(dispute.createdAt)}</time>
      </p>
      <p className="whitespace-pre-line">
        <span className="font-semibold">Reason: </span>
        {dispute.reason}
      </p>
      {dispute.evidenceUrl && (
        <p>
          <span className="font-semibold">Evidence: </span>
          <a href={dispute.evidenceUrl} rel="nofollow ugc noopener" className="break-all underline underline-offset-4">
            {dispute.evidenceUrl}
          </a>
        </p>
      )}
      {dispute.resolvedAt && (
        <p className="whitespace-pre-line rounded border border-stone-300 bg-white p-2">
          <span className="font-semibold">
            Decision ({dispute.state === "accepted" ? "accepted" : "rejected"} on{" "}
            <time dateTime={dispute.resolvedAt.toISOString()}>{formatDateTime(dispute.resolvedAt)}</time>):{" "}
          </span>
          {dispute.resolutionNote ?? (dispute.state === "accepted" ? "The claim's status was changed as proposed." : "")}
        </p>
      )}
    </div>
  );
}
