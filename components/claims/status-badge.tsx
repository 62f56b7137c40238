import { STATUS_INFO, type ClaimStatus } from "@/lib/claims/status";
import { cn } from "@/lib/utils";

export const STATUS_STYLES: Record<ClaimStatus, string> = {
  confirmed: "status-confirmed",
  denied: "status-denied",
  unverified: "status-unverified",
};

/** A claim's status as text + icon + colour. */
export function StatusBadge({ status, className }: { status: ClaimStatus; className?: string }) {
  const info = STATUS_INFO[status];
  return (
    <span className={cn("status-badge", STATUS_STYLES[status], className)}>
      <span aria-hidden="true">{info.icon}</span>
      {info.label}
    </span>
  );
}
