// The disputes section of a public claim page: what readers have disputed and what was
// decided, then the form to file a new one.
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/authorize";
import type { ClaimStatus } from "@/lib/claims/status";
import { issueFormToken } from "@/lib/disputes/form-token";
import { listClaimDisputes } from "@/lib/disputes/queries";
import { DisputeForm } from "@/components/disputes/dispute-form";
import { DisputeSummary } from "@/components/disputes/dispute-summary";

export async function ClaimDisputes({ claim }: { claim: { id: string; status: ClaimStatus } }) {
  const [disputes, user] = await Promise.all([listClaimDisputes(db, claim.id), getCurrentUser()]);
  return (
    <section aria-labelledby="disputes-title" className="space-y-4">
      <h2 id="disputes-title" className="font-serif text-xl font-bold">
        Disputes
      </h2>
      {disputes.length === 0 ? (
        <p className="text-sm">No one has disputed this claim&apos;s status.</p>
      ) : (
        <ul className="space-y-4" aria-label="Disputes of this claim's status">
          {disputes.map((dispute) => (
            <li key={dispute.id} className="border-l-2 border-stone-300 pl-4">
              <DisputeSummary dispute={dispute} />
            </li>
          ))}
        </ul>
      )}
      <div className="space-y-3 rounded border border-stone-300 bg-white p-4">
        <h3 className="font-serif text-lg font-bold">Dispute this status</h3>
        <p className="text-sm text-stone-700">
          Think this claim is rated wrongly? Tell us which status is right and why. A moderator who did not rate the claim decides, and the
          decision is published here.
        </p>
        <DisputeForm claimId={claim.id} currentStatus={claim.status} formToken={issueFormToken(claim.id)} signedInAs={user ? user.name : null} />
      </div>
    </section>
  );
}
