"use server";
// The reader's dispute form (public claim pages). Anyone may file; the abuse checks in
// lib/disputes/filing.ts stand in for a sign-in.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { publicAction } from "@/lib/actions/action";
import { getCurrentUser } from "@/lib/auth/authorize";
import { fileDispute } from "@/lib/disputes/filing";
import { SubmissionLimiter } from "@/lib/disputes/rate-limit";
import { requestClientAddress } from "@/lib/disputes/request";
import { revalidateDispute } from "@/lib/disputes/revalidate";
import { fileDisputeSchema } from "@/lib/disputes/schemas";

const limits = {
  minSeconds: env.DISPUTE_MIN_SUBMIT_SECONDS,
  maxAgeSeconds: env.DISPUTE_FORM_MAX_AGE_SECONDS,
  rateLimit: env.DISPUTE_RATE_LIMIT,
  rateWindowSeconds: env.DISPUTE_RATE_WINDOW_SECONDS,
};
const limiter = new SubmissionLimiter(limits.rateLimit, limits.rateWindowSeconds);

export const submitDispute = publicAction(
  "Readers dispute a claim's status without an account; a honeypot, a signed time token, a per-address rate limit and a duplicate check guard it.",
  fileDisputeSchema,
  async (input) => {
    const user = await getCurrentUser();
    const filed = await fileDispute(db, input, { user, address: await requestClientAddress(), limiter, limits });
    revalidateDispute(filed);
    // Only the public reference goes back: never the email.
    return { ref: filed.ref };
  },
);
