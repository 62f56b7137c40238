// Input schemas for disputes, shared by the forms and the server actions.
import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/claims/status";
import { httpUrl } from "@/lib/claims/schemas";
import { DISPUTE_DECISIONS } from "@/lib/disputes/state-machine";

export const DISPUTE_REASON_MIN = 20;
export const DISPUTE_REASON_MAX = 2000;
export const NOTE_MAX = 2000;
export const LOCK_REASON_MAX = 300;
/** The honeypot field's name: a plausible one, so form-filling bots fill it in. */
export const HONEYPOT_FIELD = "website";

const optionalText = z.string().trim().optional().transform((v) => v || undefined);

export const fileDisputeSchema = z.object({
  claimId: z.string().min(1, "No claim given."),
  proposedStatus: z.enum(CLAIM_STATUSES, { error: "Choose the status you think is right." }),
  reason: z
    .string({ error: "Say why the status is wrong." })
    .trim()
    .min(DISPUTE_REASON_MIN, `Say a little more: at least ${DISPUTE_REASON_MIN} characters.`)
    .max(DISPUTE_REASON_MAX, `Keep the reason under ${DISPUTE_REASON_MAX} characters.`),
  evidenceUrl: z.union([z.literal("").transform(() => undefined), httpUrl]).optional(),
  // Required for readers who are not signed in; checked in the service (signed-in users file with their account).
  name: optionalText.pipe(z.string().max(100, "Keep the name under 100 characters.").optional()),
  email: optionalText,
  formToken: z.string().default(""),
  [HONEYPOT_FIELD]: z.string().default(""),
});
export type FileDisputeInput = z.output<typeof fileDisputeSchema>;

export const disputeEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));
export const disputeNameSchema = z.string().trim().min(1, "Enter your name.").max(100, "Keep the name under 100 characters.");

const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "false"]).transform((v) => v !== "false")])
  .optional()
  .transform((v) => v ?? false);

export const decideDisputeSchema = z
  .object({
    disputeId: z.string().min(1, "No dispute given."),
    decision: z.enum(DISPUTE_DECISIONS, { error: "Choose accept, reject or ask the editors to review." }),
    note: z.string().trim().max(NOTE_MAX, `Keep the note under ${NOTE_MAX} characters.`).default(""),
    // An administrator deciding despite the separation-of-duties rule must say so.
    override: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.decision !== "accepted" && value.note.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message:
          value.decision === "rejected"
            ? "Explain the rejection: the note is shown publicly with the decision."
            : "Tell the editors what to review.",
      });
    }
  });
export type DecideDisputeInput = z.output<typeof decideDisputeSchema>;

export const lockClaimSchema = z.object({
  claimId: z.string().min(1, "No claim given."),
  reason: z
    .string()
    .trim()
    .min(1, "Say why the claim is locked; editors see this.")
    .max(LOCK_REASON_MAX, `Keep the reason under ${LOCK_REASON_MAX} characters.`),
});

export const unlockClaimSchema = z.object({ claimId: z.string().min(1, "No claim given.") });
