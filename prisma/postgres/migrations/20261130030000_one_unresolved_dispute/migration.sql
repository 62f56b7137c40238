-- One unresolved dispute per submitter and claim, enforced by the database: the check in
-- lib/disputes/filing.ts reads before it writes, so two identical submissions at the
-- same instant (on PostgreSQL, which runs them in parallel) could both pass it.
CREATE UNIQUE INDEX "Dispute_one_unresolved_per_submitter" ON "Dispute"("claimId", "submitterEmail")
  WHERE "state" IN ('open', 'needs_review');
