// The public page cache. When a fact-check goes viral, thousands of readers load the
// same article: it is rendered once per change, not once per reader. The same goes
// for the JSON API, the exports and the feed (see cacheable.ts).
//
// proxy.ts asks this module first for an anonymous page load. On a miss it renders
// the page through the app itself (a loopback request marked with a per-process
// secret, which proxy.ts lets through to Next) and keeps the HTML with:
//   - the content version read *before* rendering (lib/page-cache/content-version):
//     a page is served only while the database still has that version, so any write,
//     from any process, makes the next load render afresh;
//   - the nonce the page was rendered with, swapped for each response's own nonce, so
//     every response still carries a nonce nobody saw before (the CSP is unchanged);
//   - the time it was rendered: after PAGE_CACHE_MAX_AGE_SECONDS it is rendered again
//     even if nothing was written (pages show dates relative to today).
// Compression stays with Next, which drops a Content-Encoding set here and compresses
// every response itself when the client asks.
// Concurrent misses for one page wait for one render. Anything unusual (a redirect,
// a cookie being set, the loopback failing) falls back to rendering the request.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isCacheablePageRequest, pageCacheKey } from "./cacheable";
import { readContentVersion } from "./content-version";
import { SizedLru } from "./lru";

export const FILL_HEADER = "x-page-cache-fill";
// Everything the app said about the body; not what belongs to one connection or one
// response (proxy.ts sets the security headers afresh on every response).
const DROPPED_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "set-cookie", "content-security-policy", "x-nonce"]);
const PER_ENTRY_OVERHEAD = 1024;

// The body is kept encoded and cut at each occurrence of its render's nonce, so a
// response is a copy of these parts with the new nonce between them.
type CachedPage = { version: string; renderedAt: number; status: number; headers: [string, string][]; parts: Buffer[] };
type CacheState = { store: SizedLru<CachedPage>; renders: Map<string, Promise<CachedPage | null>>; fillSecret: string };
export type PageFromCache = { status: number; headers: [string, string][]; body: Uint8Array<ArrayBuffer>; cache: "hit" | "miss" };

// On globalThis: proxy.ts and the app are bundled separately but share one process.
const holder = globalThis as unknown as { claimsDeskPageCache?: CacheState };
const state: CacheState = (holder.claimsDeskPageCache ??= {
  store: new SizedLru(env.PAGE_CACHE_MB * 1024 * 1024),
  renders: new Map(),
  fillSecret: randomBytes(24).toString("base64url"),
});

function enabled(): boolean {
  return env.NODE_ENV === "production" && env.PAGE_CACHE_MB > 0 && Boolean(process.env.PORT);
}

/** Whether this request is the cache's own loopback render (it must reach Next). */
export function isCacheRender(headers: Headers): boolean {
  return headers.get(FILL_HEADER) === state.fillSecret;
}

type PageRequest = { method: string; nextUrl: URL; headers: Headers; cookies: { getAll(): { name: string }[] } };

/** The page for this request with `nonce` in it, or null when the app must render it. */
export async function pageFromCache(request: PageRequest, nonce: string): Promise<PageFromCache | null> {
  if (!enabled() || isCacheRender(request.headers)) return null;
  const cookieNames = request.cookies.getAll().map((c) => c.name);
  if (!isCacheablePageRequest({ method: request.method, url: request.nextUrl, headers: request.headers, cookieNames })) return null;
  const key = pageCacheKey(request.nextUrl);
  try {
    const version = await readContentVersion(db);
    const cached = state.store.get(key);
    const fresh = cached && cached.version === version && Date.now() - cached.renderedAt < env.PAGE_CACHE_MAX_AGE_SECONDS * 1000;
    const page = fresh ? cached : await renderOnce(key, version);
    if (!page) return null;
    return { status: page.status, headers: page.headers, body: joinWithNonce(page.parts, nonce), cache: fresh ? "hit" : "miss" };
  } catch (error) {
    console.error(`Page cache: rendering ${key} directly:`, error);
    return null;
  }
}

function renderOnce(key: string, version: string): Promise<CachedPage | null> {
  const renderKey = `${version} ${key}`;
  let render = state.renders.get(renderKey);
  if (!render) {
    render = renderThroughApp(key, version).finally(() => state.renders.delete(renderKey));
    state.renders.set(renderKey, render);
  }
  return render;
}

async function renderThroughApp(key: string, version: string): Promise<CachedPage | null> {
  const renderedAt = Date.now();
  const response = await fetch(`http://127.0.0.1:${process.env.PORT}${key}`, {
    headers: { [FILL_HEADER]: state.fillSecret, accept: "text/html", "accept-encoding": "identity" },
    redirect: "manual",
    cache: "no-store",
  });
  const body = await response.text();
  if (response.headers.has("set-cookie") || (response.status >= 300 && response.status < 400)) return null;
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1] ?? null;
  const headers = [...response.headers].filter(([name]) => !DROPPED_HEADERS.has(name));
  const parts = (nonce ? body.split(nonce) : [body]).map((part) => Buffer.from(part));
  const page: CachedPage = { version, renderedAt, status: response.status, headers, parts };
  const size = parts.reduce((sum, part) => sum + part.byteLength, PER_ENTRY_OVERHEAD);
  if (response.status === 200) state.store.set(key, page, size);
  return page;
}

function joinWithNonce(parts: Buffer[], nonce: string): Uint8Array<ArrayBuffer> {
  const nonceBytes = Buffer.from(nonce);
  const pieces = parts.flatMap((part, i) => (i === 0 ? [part] : [nonceBytes, part]));
  const joined = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let offset = 0;
  for (const piece of pieces) {
    joined.set(piece, offset);
    offset += piece.byteLength;
  }
  return joined;
}
