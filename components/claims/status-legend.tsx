import { CLAIM_STATUSES, STATUS_INFO } from "@/lib/claims/status";
import { StatusBadge } from "./status-badge";

export function StatusLegend() {
  return (
    <section aria-labelledby="legend-title" className="rounded border border-stone-300 bg-white p-4 text-sm">
      <h2 id="legend-title" className="mb-2 font-semibold">
        What the statuses mean
      </h2>
      <dl className="grid gap-2 sm:grid-cols-3">
        {CLAIM_STATUSES.map((status) => (
          <div key={status}>
            <dt>
              <StatusBadge status={status} />
            </dt>
            <dd className="mt-1 text-stone-700">{STATUS_INFO[status].meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
