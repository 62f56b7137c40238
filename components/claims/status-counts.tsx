import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/status";
import { cn } from "@/lib/utils";
import { StatusBadge } from "./status-badge";

/** Claim counts by status, e.g. for an article or a speaker's track record. */
export function StatusCounts({ counts, label, className }: { counts: Record<ClaimStatus, number>; label: string; className?: string }) {
  return (
    <ul className={cn("flex flex-wrap gap-3 text-sm", className)} aria-label={label}>
      {CLAIM_STATUSES.map((status) => (
        <li key={status} className="flex items-center gap-1">
          <StatusBadge status={status} /> {counts[status]}
        </li>
      ))}
    </ul>
  );
}
