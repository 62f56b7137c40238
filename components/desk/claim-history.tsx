// A claim's status history on the desk: who, when, from → to, why.
import { StatusTransition } from "@/components/claims/status-transition";
import type { WorkspaceClaim } from "@/lib/desk/queries";
import { formatDateTime } from "@/lib/utils";

export function ClaimHistory({ history }: { history: WorkspaceClaim["history"] }) {
  return (
    <section aria-labelledby="desk-history-title" className="space-y-2">
      <h3 id="desk-history-title" className="font-serif text-lg font-semibold">
        History
      </h3>
      <ol className="space-y-2 border-l-2 border-stone-300 pl-3 text-sm" aria-label="Status history">
        {history.map((h) => (
          <li key={h.id}>
            <p className="flex flex-wrap items-center gap-2">
              <time dateTime={h.createdAt}>{formatDateTime(new Date(h.createdAt))}</time>
              <span>{h.actor ?? "system"}</span>
              <StatusTransition from={h.fromStatus} to={h.toStatus} />
            </p>
            <p>
              <span className="font-semibold">Why: </span>
              {h.reason}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
