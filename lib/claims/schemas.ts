// Input schemas for claim edits, shared by forms and services (one schema per input).
import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/claims/status";

export const REASON_MAX = 1000;
export const RATIONALE_MAX = 1000;
export const CLAIM_TEXT_MAX = 2000;
export const NOTES_MAX = 5000;

/** An http(s) URL; anything else (javascript:, data:, relative) is refused. */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, "URL must be at most 2000 characters.")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "Enter a full web address starting with http:// or https://.");

/** A calendar day as YYYY-MM-DD, stored at noon UTC so no time zone shifts it. */
export const calendarDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the format YYYY-MM-DD.")
  .transform((value) => new Date(`${value}T12:00:00Z`))
  .refine((date) => !Number.isNaN(date.getTime()), "That date does not exist.");

export const statusChangeSchema = z.object({
  status: z.enum(CLAIM_STATUSES, "Choose confirmed, denied or unverified."),
  reason: z.string().trim().min(1, "Give a reason for the status change.").max(REASON_MAX, `Keep the reason under ${REASON_MAX} characters.`),
});

/** Fields of a claim an editor may change; every save names the version it started from. */
export const claimUpdateSchema = z.object({
  claimId: z.string().min(1),
  expectedVersion: z.coerce.number().int().min(1),
  text: z.string().trim().min(1, "The claim text cannot be empty.").max(CLAIM_TEXT_MAX).optional(),
  speakerId: z.string().min(1).optional(),
  speakerRole: z.string().trim().max(300).optional(),
  statedAt: calendarDay.nullable().optional(),
  rationale: z.string().trim().max(RATIONALE_MAX).optional(),
  editorNotes: z.string().max(NOTES_MAX).optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
  statusReason: z.string().trim().max(REASON_MAX).optional(),
});
export type ClaimUpdate = z.output<typeof claimUpdateSchema>;
