// The search filters, read from a query string by the /search page and /api/search.
// Lenient on purpose: a reader's URL can hold anything, so a value that does not
// parse is dropped (or clamped) instead of failing the request.
import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/claims/status";
import { MAX_QUERY_LENGTH } from "./query";

export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_PAGE = 500;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** The first value of a query-string parameter, whatever shape Next hands it in. */
function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

const optionalText = (max: number) =>
  z.preprocess(first, z.string().trim().max(max).optional().catch(undefined)).transform((v) => v || undefined);

const day = z.preprocess(
  first,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((v) => !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()))
    .optional()
    .catch(undefined),
);

export const searchParamsSchema = z.object({
  q: z.preprocess(first, z.string().optional().catch(undefined)).transform((v) => (v ?? "").slice(0, MAX_QUERY_LENGTH).trim()),
  status: z.preprocess(first, z.enum(CLAIM_STATUSES).optional().catch(undefined)),
  speaker: optionalText(120),
  article: optionalText(200),
  from: day,
  to: day,
  page: z.preprocess(
    first,
    z.coerce.number().int().catch(1).transform((n) => Math.min(Math.max(n, 1), MAX_SEARCH_PAGE)),
  ),
});

export type SearchParams = z.output<typeof searchParamsSchema>;

export function parseSearchParams(raw: RawParams): SearchParams {
  const entries = raw instanceof URLSearchParams ? Object.fromEntries(raw) : raw;
  return searchParamsSchema.parse(entries);
}

/** The query string for a search, without empty values (page 1 is implied). */
export function searchHref(params: Partial<SearchParams>, base = "/search"): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    qs.set(key, String(value));
  }
  const s = qs.toString();
  return s ? `${base}?${s}` : base;
}
