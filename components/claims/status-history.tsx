import Link from "next/link";
import type { PublicClaim } from "@/lib/claims/public";
import { formatDateTime } from "@/lib/utils";
import { StatusTransition } from "./status-transition";

/** The full public history of a claim's status: when, from → to, why, and whether a dispute led to it. */
export function StatusHistory({ changes }: { changes: PublicClaim["statusChanges"] }) {
  return (
    <section aria-labelledby="history-title" className="space-y-3">
      <h2 id="history-title" className="font-serif text-xl font-bold">
        Status history
      </h2>
      <ol className="space-y-3 border-l-2 border-stone-300 pl-4">
        {changes.map((change) => (
          <li key={change.id} id={`status-${change.id}`} className="text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <time dateTime={change.createdAt.toISOString()} className="font-semibold">
                {formatDateTime(change.createdAt)}
              </time>
              <StatusTransition from={change.fromStatus} to={change.toStatus} />
            </p>
            <p className="mt-1">
              <span className="font-semibold">Why: </span>
              {change.reason}
            </p>
            {change.dispute && (
              <p className="mt-1 text-stone-700">
                Decided on a reader&apos;s dispute (reference{" "}
                <Link href={`/disputes/${change.dispute.ref}`} className="underline underline-offset-4">
                  {change.dispute.ref}
                </Link>
                ).
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
