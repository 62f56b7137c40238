"use server";
// Moderators' actions on the /moderation queue. Separation of duties and the state
// machine are enforced in lib/disputes/moderation.ts, not by the page.
import { db } from "@/lib/db";
import { authorizedAction } from "@/lib/actions/action";
import { decideDispute as decide, lockClaim as lock, unlockClaim as unlock } from "@/lib/disputes/moderation";
import { revalidateDispute } from "@/lib/disputes/revalidate";
import { decideDisputeSchema, lockClaimSchema, unlockClaimSchema } from "@/lib/disputes/schemas";

export const decideDispute = authorizedAction("moderator", decideDisputeSchema, async (input, user) => {
  const decided = await decide(db, input, user);
  revalidateDispute(decided);
  return { ref: decided.ref, state: decided.state, adminOverride: decided.adminOverride };
});

export const lockClaim = authorizedAction("moderator", lockClaimSchema, async (input, user) => {
  const locked = await lock(db, input, user);
  revalidateDispute({});
  return locked;
});

export const unlockClaim = authorizedAction("moderator", unlockClaimSchema, async (input, user) => {
  const unlocked = await unlock(db, input, user);
  revalidateDispute({});
  return unlocked;
});
