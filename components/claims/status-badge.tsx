import { STATUS_INFO, type ClaimStatus } from "@/lib/claims/status";
import { cn } from "@/lib/utils";

export const STATUS_STYLES: Record<ClaimStatus, string> = {
  confirmed: "bg-confirmed-bg text-confirmed border-confirmed",
  denied: "bg-denied-bg text-denied border-denied",
  unverified: "bg-unverified-bg text-unverified border-unverified",
};

/** A claim's status as text + icon + colour. */
export function StatusBadge({ status, className }: { status: ClaimStatus; className?: string }) {
  const info = STATUS_INFO[status];
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs font-semibold uppercase tracking-wide",
        STATUS_STYLES[status],
        className,
      )}
    >
      <span aria-hidden="true">{info.icon}</span>
      {info.label}
    </span>
  );
}
