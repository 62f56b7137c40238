import { STATE_LABELS, type DisputeState } from "@/lib/disputes/state-machine";
import { cn } from "@/lib/utils";

const STYLE: Record<DisputeState, { icon: string; className: string }> = {
  open: { icon: "◷", className: "border-stone-500 bg-white text-stone-900" },
  needs_review: { icon: "↻", className: "border-amber-700 bg-amber-50 text-amber-900" },
  accepted: { icon: "✓", className: "border-green-800 bg-green-50 text-green-900" },
  rejected: { icon: "✗", className: "border-red-800 bg-red-50 text-red-900" },
};

/** A dispute's state as text + icon + colour. */
export function DisputeStateBadge({ state, className }: { state: DisputeState; className?: string }) {
  const style = STYLE[state];
  return (
    <span className={cn("inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs font-semibold", style.className, className)}>
      <span aria-hidden="true">{style.icon}</span>
      {STATE_LABELS[state]}
    </span>
  );
}
