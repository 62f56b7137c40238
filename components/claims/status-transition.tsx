import type { ClaimStatus } from "@/lib/claims/status";
import { StatusBadge } from "./status-badge";

/** "Unverified → Denied" as badges; a first recording reads "Recorded as …". */
export function StatusTransition({ from, to }: { from: ClaimStatus | null; to: ClaimStatus }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {from ? (
        <>
          <StatusBadge status={from} />
          <span aria-hidden="true">→</span>
          <span className="sr-only">changed to</span>
        </>
      ) : (
        <span className="text-sm">Recorded as</span>
      )}
      <StatusBadge status={to} />
    </span>
  );
}
