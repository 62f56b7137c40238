import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/auth/forbidden";
import { DisputeSummary } from "@/components/disputes/dispute-summary";
import { pageAccess } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { editorDisputes } from "@/lib/disputes/queries";

export const metadata: Metadata = { title: "Disputes on your claims" };
export const dynamic = "force-dynamic";

export default async function DeskDisputesPage() {
  const access = await pageAccess("editor", "/desk/disputes");
  if (!access.ok) return <Forbidden required="editor" />;
  const disputes = await editorDisputes(db, access.user.id);
  const forReview = disputes.filter((d) => d.state === "needs_review");
  const others = disputes.filter((d) => d.state !== "needs_review");

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Disputes</h1>
      <p className="text-sm text-stone-700">
        Readers&apos; disputes on claims you created or changed last, and every dispute a moderator has sent to the editors for review. Moderators
        decide them; if a claim is locked, it can be edited again once its disputes are decided.
      </p>
      <DisputeList
        id="review"
        title="Waiting for the editors' review"
        empty="No dispute is waiting for the editors."
        disputes={forReview}
      />
      <DisputeList id="yours" title="On your claims" empty="No disputes on claims you created or changed." disputes={others} />
    </>
  );
}

type Row = Awaited<ReturnType<typeof editorDisputes>>[number];

function DisputeList({ id, title, empty, disputes }: { id: string; title: string; empty: string; disputes: Row[] }) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h2 id={`${id}-title`} className="font-serif text-2xl font-semibold">
        {title} ({disputes.length})
      </h2>
      {disputes.length === 0 && <p>{empty}</p>}
      <ul className="space-y-4">
        {disputes.map((dispute) => (
          <li key={dispute.id} className="space-y-2 rounded border border-stone-300 bg-white p-4">
            <p className="font-semibold">
              <Link href={`/claims/${dispute.claim.id}`} className="underline underline-offset-4">
                {dispute.claim.speaker.name}: “{dispute.claim.text}”
              </Link>
            </p>
            {dispute.claim.lockedAt && (
              <p className="text-sm">
                <span aria-hidden="true">🔒 </span>Locked by a moderator{dispute.claim.lockReason ? `: ${dispute.claim.lockReason}` : ""}.
              </p>
            )}
            <DisputeSummary dispute={dispute} />
            {dispute.state === "needs_review" && dispute.resolutionNote && (
              <p className="text-sm">
                <span className="font-semibold">The moderator asks: </span>
                {dispute.resolutionNote}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
