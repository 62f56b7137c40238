import Link from "next/link";
import type { RecentStatusChange } from "@/lib/claims/public";
import { formatDateTime } from "@/lib/utils";
import { StatusTransition } from "./status-transition";

/** The latest status decisions across all claims (home page). */
export function RecentChanges({ changes }: { changes: RecentStatusChange[] }) {
  return (
    <section aria-labelledby="recent-changes-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="recent-changes-title" className="font-serif text-2xl font-bold">
          Recently changed claim statuses
        </h2>
        <a href="/feed.xml" className="text-sm underline underline-offset-4">
          Atom feed of status changes
        </a>
      </div>
      {changes.length === 0 ? (
        <p>No status changes yet.</p>
      ) : (
        <ol className="space-y-3">
          {changes.map((change) => (
            <li key={change.id} className="rounded border border-stone-300 bg-white p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <StatusTransition from={change.fromStatus} to={change.toStatus} />
                <time dateTime={change.createdAt.toISOString()} className="text-stone-700">
                  {formatDateTime(change.createdAt)}
                </time>
                {change.dispute && <span className="text-stone-700">after a reader&apos;s dispute</span>}
              </div>
              <p className="mt-1">
                <span className="font-semibold">{change.claim.speaker.name}: </span>
                <Link href={`/claims/${change.claim.id}`} className="underline underline-offset-4">
                  {change.claim.text}
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
