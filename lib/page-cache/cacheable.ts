// Which requests the public page cache may answer: a full page load (not a React
// navigation or prefetch, which Next answers with a different payload) of a page that
// is the same for every anonymous reader, and the read-only JSON API, exports and feed.
// Anyone with a session cookie gets a page rendered for them (their name in the
// header, the desk links).
import { isSessionCookie } from "@/lib/auth/session-cookie";

const PUBLIC_PAGES = [
  /^\/$/, /^\/about$/, /^\/search$/, /^\/articles\/[^/]+$/, /^\/claims\/[^/]+$/, /^\/speakers\/[^/]+$/,
  /^\/articles\/[^/]+\/claims\.(csv|json)$/, /^\/feed\.xml$/,
  /^\/api\/search$/, /^\/api\/articles(\/[^/]+)?$/, /^\/api\/claims\/[^/]+$/, /^\/api\/speakers\/[^/]+$/,
];

type RequestLike = { method: string; url: URL; headers: Headers; cookieNames: string[] };

export function isCacheablePageRequest({ method, url, headers, cookieNames }: RequestLike): boolean {
  if (method !== "GET") return false;
  if (!PUBLIC_PAGES.some((page) => page.test(url.pathname))) return false;
  if (headers.has("rsc") || headers.has("next-router-prefetch") || headers.has("next-action") || url.searchParams.has("_rsc")) return false;
  return !cookieNames.some(isSessionCookie);
}

/** The cache key: path and query exactly as requested (the page reads only these). */
export function pageCacheKey(url: URL): string {
  return `${url.pathname}${url.search}`;
}
