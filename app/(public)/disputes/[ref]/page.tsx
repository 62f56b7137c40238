import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { StatusBadge } from "@/components/claims/status-badge";
import { DisputeSummary } from "@/components/disputes/dispute-summary";
import { getPublicDispute } from "@/lib/disputes/queries";
import { parseDisputeRef } from "@/lib/disputes/ref";
import type { DisputeState } from "@/lib/disputes/state-machine";

export const dynamic = "force-dynamic";

const WHAT_NOW: Record<DisputeState, string> = {
  open: "A moderator has not decided yet. This page shows the decision and its reason once there is one.",
  needs_review: "A moderator has asked the claim's editors to review it. The decision will appear here.",
  accepted: "The dispute was accepted: the claim's status was changed as proposed, and the change is in the claim's public history.",
  rejected: "The dispute was rejected: the claim's status stays as it was, for the reason given below.",
};

async function load(props: PageProps<"/disputes/[ref]">) {
  const ref = parseDisputeRef(decodeURIComponent((await props.params).ref));
  return ref ? getPublicDispute(db, ref) : null;
}

export async function generateMetadata(props: PageProps<"/disputes/[ref]">): Promise<Metadata> {
  const dispute = await load(props);
  return { title: dispute ? `Dispute ${dispute.ref}` : "Dispute not found", robots: { index: false } };
}

export default async function DisputePage(props: PageProps<"/disputes/[ref]">) {
  const dispute = await load(props);
  if (!dispute) notFound();
  const { claim } = dispute;
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Dispute {dispute.ref}</h1>
        <p>{WHAT_NOW[dispute.state]}</p>
      </header>
      <section aria-labelledby="claim-title" className="space-y-2 rounded border border-stone-300 bg-white p-4">
        <h2 id="claim-title" className="font-serif text-xl font-bold">
          The disputed claim
        </h2>
        <p>
          <Link href={`/claims/${claim.id}`} className="underline underline-offset-4">
            {claim.speaker.name}: “{claim.text}”
          </Link>
        </p>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          Current status: <StatusBadge status={claim.status} />
        </p>
        <p className="text-sm text-stone-700">
          In{" "}
          <Link href={`/articles/${claim.article.slug}`} className="underline underline-offset-4">
            {claim.article.title}
          </Link>
        </p>
      </section>
      <section aria-labelledby="dispute-title" className="space-y-2">
        <h2 id="dispute-title" className="font-serif text-xl font-bold">
          The dispute
        </h2>
        <DisputeSummary dispute={dispute} linkRef={false} />
      </section>
    </article>
  );
}
