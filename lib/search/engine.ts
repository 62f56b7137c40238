// Full-text search over claims, behind one function for both databases:
//  - SQLite: the FTS5 table "ClaimSearch" (migration 20261129000000_claim_search),
//    ranked by bm25;
//  - PostgreSQL: expression GIN indexes on to_tsvector('english', …), queried with
//    websearch_to_tsquery and ranked by ts_rank.
// A claim matches when the query matches its text and quote, or its speaker's name, or
// its article's title. Both paths start from the full-text index, never a table scan.
// User text reaches SQL only as bound parameters, and only after parseSearchQuery.
import { Prisma } from "@/generated/sqlite/client";
import type { Db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/claims/status";
import { highlightTerms, isEmptyQuery, parseSearchQuery, toFts5, toWebsearch } from "./query";
import { SEARCH_PAGE_SIZE, type SearchParams } from "./schema";

export type SearchProvider = "sqlite" | "postgresql";

export type SearchHit = {
  id: string;
  text: string;
  quote: string;
  status: ClaimStatus;
  speakerRole: string;
  statedAt: Date | null;
  speaker: { id: string; slug: string; name: string };
  article: { id: string; slug: string; title: string; publishedAt: Date | null };
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Words to highlight in the hits. */
  terms: string[];
};

const hitSelect = {
  id: true,
  text: true,
  quote: true,
  status: true,
  speakerRole: true,
  statedAt: true,
  speaker: { select: { id: true, slug: true, name: true } },
  article: { select: { id: true, slug: true, title: true, publishedAt: true } },
} as const;

/** SQLite stores DateTime as ISO text with "+00:00"; compare in the same format. */
function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

function dayBounds(params: SearchParams): { from?: Date; to?: Date } {
  return {
    from: params.from ? new Date(`${params.from}T00:00:00.000Z`) : undefined,
    // inclusive: the whole of the "to" day
    to: params.to ? new Date(`${params.to}T23:59:59.999Z`) : undefined,
  };
}

/** A LIKE pattern matching text that contains `value` (its own % and _ taken literally). */
export function containsPattern(value: string): string {
  return `%${value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filterSql(params: SearchParams, provider: SearchProvider): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  const { from, to } = dayBounds(params);
  const date = (d: Date) => (provider === "sqlite" ? sqliteDate(d) : d);
  if (params.status) {
    parts.push(provider === "sqlite" ? Prisma.sql`c."status" = ${params.status}` : Prisma.sql`c."status"::text = ${params.status}`);
  }
  // Speaker and article: an exact slug (links from other pages), or words of the name or
  // title as a reader types them ("dmitriev" finds Kirill Dmitriev).
  if (params.speaker) parts.push(Prisma.sql`(s."slug" = ${params.speaker} OR lower(s."name") LIKE ${containsPattern(params.speaker)} ESCAPE '\\')`);
  if (params.article) parts.push(Prisma.sql`(a."slug" = ${params.article} OR lower(a."title") LIKE ${containsPattern(params.article)} ESCAPE '\\')`);
  // A claim's date: when it was said, else when its article was published.
  if (from) parts.push(Prisma.sql`COALESCE(c."statedAt", a."publishedAt") >= ${date(from)}`);
  if (to) parts.push(Prisma.sql`COALESCE(c."statedAt", a."publishedAt") <= ${date(to)}`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

type Ranked = { id: string };
type Counted = { total: number | bigint };
type RankedQuery = { select: Prisma.Sql; count: Prisma.Sql };

function sqliteQuery(match: string, filters: Prisma.Sql, limit: number, offset: number): RankedQuery {
  // The column filters keep each field's match whole: all words in the claim text and
  // quote, or all in the speaker's name, or all in the article title (as on PostgreSQL).
  const expr = `{text quote} : (${match}) OR speaker : (${match}) OR article : (${match})`;
  // CROSS JOIN fixes the join order in SQLite: the full-text match drives, and filters
  // only check its rows. Left to itself the planner may start from a filter's index
  // (e.g. status) and re-run the match for every claim: minutes at 100k claims.
  const from = Prisma.sql`FROM "ClaimSearch" f
    CROSS JOIN "ClaimSearchDoc" d
    CROSS JOIN "Claim" c
    CROSS JOIN "Speaker" s
    CROSS JOIN "Article" a
    WHERE "ClaimSearch" MATCH ${expr}
      AND d."docid" = f.rowid AND c."id" = d."claimId" AND s."id" = c."speakerId" AND a."id" = c."articleId"
      ${filters}`;
  return {
    select: Prisma.sql`SELECT c."id" AS id ${from}
      ORDER BY bm25("ClaimSearch", 4.0, 2.0, 2.0, 1.0), c."id" LIMIT ${limit} OFFSET ${offset}`,
    count: Prisma.sql`SELECT COUNT(*) AS total ${from}`,
  };
}

function postgresQuery(websearch: string, filters: Prisma.Sql, limit: number, offset: number): RankedQuery {
  const q = Prisma.sql`websearch_to_tsquery('english'::regconfig, ${websearch})`;
  // Stored by the claim_search_vector migration: to_tsvector of text and quote.
  const claimVector = Prisma.sql`c."searchVector"`;
  const speakerVector = Prisma.sql`to_tsvector('english'::regconfig, s."name")`;
  const articleVector = Prisma.sql`to_tsvector('english'::regconfig, a."title")`;
  // Each branch is answered from its GIN index, and ranks are computed for matches only,
  // inside the materialized CTE: left to order by an expression over "Claim", the
  // planner may rank every claim and then discard most of them (seconds at 100k).
  const matched = (ranked: boolean) => {
    const rank = (sql: Prisma.Sql) => (ranked ? Prisma.sql`, ${sql} AS r` : Prisma.empty);
    return Prisma.sql`
      SELECT c."id" ${rank(Prisma.sql`ts_rank(${claimVector}, ${q})`)} FROM "Claim" c WHERE ${claimVector} @@ ${q}
      UNION ALL SELECT c."id" ${rank(Prisma.sql`0.5 * ts_rank(${speakerVector}, ${q})`)}
        FROM "Speaker" s JOIN "Claim" c ON c."speakerId" = s."id" WHERE ${speakerVector} @@ ${q}
      UNION ALL SELECT c."id" ${rank(Prisma.sql`0.25 * ts_rank(${articleVector}, ${q})`)}
        FROM "Article" a JOIN "Claim" c ON c."articleId" = a."id" WHERE ${articleVector} @@ ${q}`;
  };
  const joins = Prisma.sql`JOIN "Claim" c ON c."id" = m."id"
    JOIN "Speaker" s ON s."id" = c."speakerId"
    JOIN "Article" a ON a."id" = c."articleId"
    WHERE TRUE ${filters}`;
  return {
    select: Prisma.sql`WITH matched AS MATERIALIZED (${matched(true)}),
      ranked AS MATERIALIZED (SELECT "id", SUM(r) AS rank FROM matched GROUP BY "id")
      SELECT c."id" AS id FROM ranked m ${joins}
      ORDER BY m.rank DESC, c."id" LIMIT ${limit} OFFSET ${offset}`,
    count: Prisma.sql`WITH matched AS MATERIALIZED (${matched(false)})
      SELECT COUNT(*) AS total FROM (SELECT DISTINCT "id" FROM matched) m ${joins}`,
  };
}

/** The SQL that ranks one page of matches (exported so tests can EXPLAIN it). Null for an empty query. */
export function rankedQuery(provider: SearchProvider, params: SearchParams, pageSize = SEARCH_PAGE_SIZE): RankedQuery | null {
  const parsed = parseSearchQuery(params.q);
  if (isEmptyQuery(parsed)) return null;
  const filters = filterSql(params, provider);
  const offset = (params.page - 1) * pageSize;
  return provider === "sqlite"
    ? sqliteQuery(toFts5(parsed), filters, pageSize, offset)
    : postgresQuery(toWebsearch(parsed), filters, pageSize, offset);
}

/** Claims filtered without a text query: newest first, through the ordinary indexes. */
async function browse(db: Db, params: SearchParams, limit: number, offset: number) {
  const { from, to } = dayBounds(params);
  const dated = from || to ? { gte: from, lte: to } : undefined;
  const where: Prisma.ClaimWhereInput = {
    status: params.status,
    speaker: params.speaker ? { slug: params.speaker } : undefined,
    article: params.article ? { slug: params.article } : undefined,
    ...(dated && {
      OR: [{ statedAt: dated }, { statedAt: null, article: { publishedAt: dated } }],
    }),
  };
  const [hits, total] = await Promise.all([
    db.claim.findMany({ where, select: hitSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: limit, skip: offset }),
    db.claim.count({ where }),
  ]);
  return { hits, total };
}

function hasFilters(params: SearchParams): boolean {
  return Boolean(params.status || params.speaker || params.article || params.from || params.to);
}

/**
 * Searches claims. With no usable words and no filters, returns nothing (a blank
 * search box); with filters only, lists the matching claims newest first.
 */
export async function searchClaims(
  db: Db,
  provider: SearchProvider,
  params: SearchParams,
  pageSize = SEARCH_PAGE_SIZE,
): Promise<SearchResult> {
  const parsed = parseSearchQuery(params.q);
  const offset = (params.page - 1) * pageSize;
  const page = (hits: SearchHit[], total: number): SearchResult => ({
    hits,
    total,
    page: params.page,
    pageSize,
    pageCount: Math.ceil(total / pageSize),
    terms: highlightTerms(parsed),
  });

  if (isEmptyQuery(parsed)) {
    if (!hasFilters(params)) return page([], 0);
    const { hits, total } = await browse(db, params, pageSize, offset);
    return page(hits, total);
  }

  const query = rankedQuery(provider, params, pageSize)!;
  const [ranked, [count]] = await Promise.all([db.$queryRaw<Ranked[]>(query.select), db.$queryRaw<Counted[]>(query.count)]);
  const ids = ranked.map((r) => r.id);
  const total = Number(count?.total ?? 0);
  const rows = await db.claim.findMany({ where: { id: { in: ids } }, select: hitSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page(ids.flatMap((id) => byId.get(id) ?? []), total);
}
