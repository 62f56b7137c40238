// Input schemas for the editor's desk, shared by its forms, actions and the import CLI.
import { z } from "zod";
import { CLAIM_TEXT_MAX, NOTES_MAX, httpUrl } from "@/lib/claims/schemas";
import { LINK_TYPES } from "@/lib/claims/links";

/** Longest article body the desk accepts, in characters (after Markdown is stripped). */
export const BODY_MAX = 100_000;
/** Longest raw input, so a huge paste is refused before any work is done. */
export const RAW_BODY_MAX = 400_000;
export const ARTICLE_FORMATS = ["text", "markdown"] as const;
export const EVIDENCE_KINDS = ["official_statement", "document", "media_report", "data", "other"] as const;
export const STANCES = ["supports", "contradicts", "context"] as const;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const blankToNull = (value: unknown) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value);

/** YYYY-MM-DD that is a real calendar day (2025-02-30 is refused, not rolled over). */
export const strictDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the format YYYY-MM-DD, e.g. 2025-11-26.")
  // Zod runs this even when the format check failed, so it must not throw on garbage.
  .refine((value) => {
    const date = new Date(`${value}T12:00:00Z`);
    return !/^\d{4}-\d{2}-\d{2}$/.test(value) || (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value);
  }, "That date does not exist.")
  .transform((value) => new Date(`${value}T12:00:00Z`));

const articleFields = {
  title: z.string().trim().min(1, "Give the article a title.").max(300, "Keep the title under 300 characters."),
  outlet: z.string().trim().min(1, "Name the outlet that published the article.").max(200, "Keep the outlet under 200 characters."),
  url: z.preprocess(blankToNull, httpUrl.nullable()),
  publishedAt: z.preprocess(blankToNull, strictDay.nullable()),
  body: z.string().max(RAW_BODY_MAX, `The article text is too long: the limit is ${BODY_MAX.toLocaleString("en")} characters.`),
  format: z.preprocess(blankToUndefined, z.enum(ARTICLE_FORMATS, "Choose plain text or Markdown.").default("text")),
};

export const importArticleSchema = z.object(articleFields);
export type ImportArticleInput = z.output<typeof importArticleSchema>;

export const updateArticleSchema = z.object({
  ...articleFields,
  articleId: z.string().min(1),
  /** The article's updatedAt when the editor opened it (ISO), for optimistic concurrency. */
  expectedUpdatedAt: z.string().min(1),
});
export type UpdateArticleInput = z.output<typeof updateArticleSchema>;

const speakerChoice = {
  speakerId: z.preprocess(blankToUndefined, z.string().min(1).optional()),
  /** A new speaker's name, used when no existing speaker was picked. */
  speakerName: z.preprocess(blankToUndefined, z.string().trim().max(200, "Keep the name under 200 characters.").optional()),
  speakerRole: z.string().trim().max(300, "Keep the role under 300 characters.").default(""),
};

export const createClaimSchema = z
  .object({
    articleId: z.string().min(1),
    anchorStart: z.coerce.number().int().min(0),
    anchorEnd: z.coerce.number().int().min(1),
    /** The exact selected text, checked against the body so a stale page cannot misplace the anchor. */
    quote: z.string().min(1, "Select the words the claim is anchored to."),
    text: z.string().trim().min(1, "The claim text cannot be empty.").max(CLAIM_TEXT_MAX),
    statedAt: z.preprocess(blankToNull, strictDay.nullable()).default(null),
    ...speakerChoice,
  })
  .refine((v) => v.speakerId || v.speakerName, { message: "Pick a speaker or type a new speaker's name.", path: ["speakerName"] });
export type CreateClaimInput = z.output<typeof createClaimSchema>;

export const reanchorClaimSchema = z.object({
  claimId: z.string().min(1),
  anchorStart: z.coerce.number().int().min(0),
  anchorEnd: z.coerce.number().int().min(1),
  quote: z.string().min(1, "Select the words to anchor the claim to."),
});

export const createSpeakerSchema = z.object({
  name: z.string().trim().min(1, "Give the speaker's name.").max(200),
  description: z.string().trim().max(500).default(""),
});

export const evidenceFieldsSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS, "Choose what kind of evidence this is."),
  stance: z.enum(STANCES, "Choose whether it supports, contradicts or gives context."),
  sourceName: z.string().trim().min(1, "Name the source.").max(300),
  url: z.preprocess(blankToNull, httpUrl.nullable()),
  excerpt: z.string().trim().max(2000, "Keep the excerpt under 2000 characters.").default(""),
  publishedAt: z.preprocess(blankToNull, strictDay.nullable()),
});
export const addEvidenceSchema = evidenceFieldsSchema.extend({ claimId: z.string().min(1) });
export const updateEvidenceSchema = evidenceFieldsSchema.extend({ evidenceId: z.string().min(1) });
export const removeEvidenceSchema = z.object({ evidenceId: z.string().min(1) });

export const addLinkSchema = z
  .object({
    fromClaimId: z.string().min(1),
    toClaimId: z.string().min(1, "Choose the claim to link to."),
    type: z.enum(LINK_TYPES, "Choose the kind of link."),
    note: z.string().trim().max(500).default(""),
  })
  .refine((v) => v.fromClaimId !== v.toClaimId, { message: "A claim cannot be linked to itself.", path: ["toClaimId"] });
export const removeLinkSchema = z.object({ linkId: z.string().min(1) });
export const findClaimsSchema = z.object({ q: z.string().trim().max(200).default(""), excludeClaimId: z.string().optional() });

export const dismissSuggestionSchema = z.object({
  articleId: z.string().min(1),
  key: z.string().min(1).max(100),
  quote: z.string().max(5000).default(""),
});

export { NOTES_MAX };
