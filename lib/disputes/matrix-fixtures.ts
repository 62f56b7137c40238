// Valid inputs for the dispute actions in the authorization matrix
// (lib/actions/registry.ts). Test-only: writes to the matrix's throwaway database (fx.db).
import type { ActionFixture } from "@/lib/actions/registry";
import { issueFormToken } from "@/lib/disputes/form-token";

async function claim(fx: ActionFixture) {
  const { db } = fx;
  const slug = `matrix-${fx.unique()}`;
  const speaker = await db.speaker.create({ data: { slug, name: "Matrix Speaker" } });
  const article = await db.article.create({ data: { slug, title: "Matrix article", outlet: "Outlet", body: "Someone said something." } });
  const created = await db.claim.create({
    data: { articleId: article.id, speakerId: speaker.id, text: "Something", anchorStart: 0, anchorEnd: 7, quote: "Someone", status: "denied" },
  });
  return { db, claimId: created.id };
}

async function openDispute(fx: ActionFixture) {
  const { db, claimId } = await claim(fx);
  const dispute = await db.dispute.create({
    data: {
      ref: `D-M${fx.unique().replace(/\D/g, "").padStart(9, "0").slice(-9)}`, claimId, submitterName: "Reader",
      submitterEmail: `reader-${fx.unique()}@matrix.test`, proposedStatus: "confirmed", reason: "A source confirmed it on the record.",
    },
  });
  return { db, claimId, disputeId: dispute.id };
}

export async function submitDisputeInput(fx: ActionFixture) {
  const { claimId } = await claim(fx);
  return {
    claimId,
    proposedStatus: "confirmed",
    reason: "A source confirmed it on the record last week.",
    name: "Matrix Reader",
    email: `reader-${fx.unique()}@matrix.test`,
    // Issued a minute ago: past the minimum time to submit.
    formToken: issueFormToken(claimId, Date.now() - 60_000),
    website: "",
  };
}

export async function decideDisputeInput(fx: ActionFixture) {
  const { disputeId } = await openDispute(fx);
  return { disputeId, decision: "rejected", note: "The status stands." };
}

export async function lockClaimInput(fx: ActionFixture) {
  const { claimId } = await openDispute(fx);
  return { claimId, reason: "Dispute under review" };
}

export async function unlockClaimInput(fx: ActionFixture) {
  const { db, claimId } = await openDispute(fx);
  await db.claim.update({ where: { id: claimId }, data: { lockedAt: new Date(), lockReason: "Dispute under review" } });
  return { claimId };
}
