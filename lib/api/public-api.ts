// The read-only public JSON API's payloads, one function per endpoint. Route handlers
// in app/api only parse the request and call these; lib/api/public-api.test.ts checks
// that no payload carries a private field (emails, editor notes, password hashes,
// dispute submitters).
import type { Db } from "@/lib/db/client";
import { getPublicArticle, listArticlesAfter } from "@/lib/articles/queries";
import { exportClaims } from "@/lib/articles/export";
import { getPublicClaim } from "@/lib/claims/public";
import { LINK_LABELS } from "@/lib/claims/links";
import { getPublicSpeaker } from "@/lib/speakers/public";
import { searchClaims, type SearchProvider } from "@/lib/search/engine";
import type { SearchParams } from "@/lib/search/schema";

export const API_PAGE_SIZE = 20;

export async function apiArticles(db: Db, cursor: string | undefined, limit = API_PAGE_SIZE) {
  const { articles, nextCursor } = await listArticlesAfter(db, cursor, limit);
  return { data: articles, nextCursor };
}

export async function apiArticle(db: Db, key: string, siteUrl: string) {
  const article = await getPublicArticle(db, key);
  if (!article) return null;
  const { id, slug, title, outlet, url, publishedAt, updatedAt, body, counts } = article;
  return { data: { id, slug, title, outlet, url, publishedAt, updatedAt, body, counts, claims: exportClaims(article, siteUrl) } };
}

export async function apiClaim(db: Db, id: string) {
  const claim = await getPublicClaim(db, id);
  if (!claim) return null;
  const { linksFrom, linksTo, ...fields } = claim;
  const links = [
    ...linksFrom.map((l) => ({ id: l.id, type: l.type, direction: "outgoing", label: LINK_LABELS[l.type].outgoing, note: l.note, claim: l.toClaim })),
    ...linksTo.map((l) => ({ id: l.id, type: l.type, direction: "incoming", label: LINK_LABELS[l.type].incoming, note: l.note, claim: l.fromClaim })),
  ];
  return { data: { ...fields, links } };
}

export async function apiSpeaker(db: Db, key: string, page = 1) {
  const speaker = await getPublicSpeaker(db, key, page);
  return speaker ? { data: speaker } : null;
}

export async function apiSearch(db: Db, provider: SearchProvider, params: SearchParams) {
  const result = await searchClaims(db, provider, params);
  const { hits, ...meta } = result;
  return { data: hits, meta: { ...meta, nextPage: result.page < result.pageCount ? result.page + 1 : null } };
}
