// The article page's claim filters (?status=denied&speaker=kirill-dmitriev). Values
// that do not parse are ignored rather than failing the page.
import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/claims/status";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const articleFiltersSchema = z.object({
  status: z.preprocess(first, z.enum(CLAIM_STATUSES).optional().catch(undefined)),
  speaker: z.preprocess(first, z.string().trim().max(120).optional().catch(undefined)).transform((v) => v || undefined),
});

export type ArticleFilters = z.output<typeof articleFiltersSchema>;

export function parseArticleFilters(raw: Record<string, string | string[] | undefined>): ArticleFilters {
  return articleFiltersSchema.parse(raw);
}

export function matchesFilters(claim: { status: string; speaker: { slug: string } }, filters: ArticleFilters): boolean {
  return (!filters.status || claim.status === filters.status) && (!filters.speaker || claim.speaker.slug === filters.speaker);
}
