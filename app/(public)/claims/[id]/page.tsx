import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { getPublicClaim } from "@/lib/claims/public";
import { ClaimHeader } from "@/components/claims/claim-header";
import { ClaimJsonLd } from "@/components/claims/claim-json-ld";
import { EvidenceList } from "@/components/claims/evidence-list";
import { LinkedClaims } from "@/components/claims/linked-claims";
import { StatusHistory } from "@/components/claims/status-history";
import { ClaimDisputes } from "@/components/disputes/claim-disputes";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: PageProps<"/claims/[id]">): Promise<Metadata> {
  const claim = await getPublicClaim(db, (await props.params).id);
  return { title: claim ? `${claim.speaker.name}: ${claim.text}` : "Claim not found" };
}

// Sections are components so more can be added (e.g. disputes) without growing this file.
export default async function ClaimPage(props: PageProps<"/claims/[id]">) {
  const claim = await getPublicClaim(db, (await props.params).id);
  if (!claim) notFound();
  return (
    <article className="space-y-8">
      <ClaimJsonLd claim={claim} />
      <ClaimHeader claim={claim} />
      <section aria-label="Evidence">
        <EvidenceList evidence={claim.evidence} headingLevel={2} />
      </section>
      <LinkedClaims claim={claim} />
      <StatusHistory changes={claim.statusChanges} />
      <ClaimDisputes claim={claim} />
    </article>
  );
}
