import { describe, expect, it } from "vitest";
import { isCacheablePageRequest, pageCacheKey } from "./cacheable";

const request = (path: string, options: { method?: string; headers?: Record<string, string>; cookies?: string[] } = {}) => ({
  method: options.method ?? "GET",
  url: new URL(path, "http://localhost"),
  headers: new Headers(options.headers),
  cookieNames: options.cookies ?? [],
});

describe("isCacheablePageRequest", () => {
  it("accepts anonymous full loads of the public pages", () => {
    const pages = ["/", "/about", "/search?q=peace", "/articles/leaked-calls", "/claims/c1", "/speakers/kirill-dmitriev?page=2"];
    const data = ["/api/search?q=peace", "/api/articles?limit=20", "/api/articles/a", "/api/claims/c1", "/api/speakers/s", "/articles/a/claims.csv", "/feed.xml"];
    for (const path of [...pages, ...data]) {
      expect(isCacheablePageRequest(request(path)), path).toBe(true);
    }
  });

  it("refuses signed-in readers, whose header shows their account", () => {
    expect(isCacheablePageRequest(request("/claims/c1", { cookies: ["next-auth.session-token"] }))).toBe(false);
    expect(isCacheablePageRequest(request("/claims/c1", { cookies: ["__Secure-next-auth.session-token.0"] }))).toBe(false);
    expect(isCacheablePageRequest(request("/claims/c1", { cookies: ["next-auth.csrf-token"] }))).toBe(true);
  });

  it("refuses React navigations, prefetches and server actions", () => {
    expect(isCacheablePageRequest(request("/claims/c1", { headers: { RSC: "1" } }))).toBe(false);
    expect(isCacheablePageRequest(request("/claims/c1?_rsc=abc"))).toBe(false);
    expect(isCacheablePageRequest(request("/claims/c1", { headers: { "Next-Router-Prefetch": "1" } }))).toBe(false);
    expect(isCacheablePageRequest(request("/claims/c1", { method: "POST", headers: { "Next-Action": "x" } }))).toBe(false);
  });

  it("refuses everything outside the public pages", () => {
    for (const path of ["/desk", "/moderation", "/admin/users", "/login", "/disputes/D-123", "/api/health", "/api/auth/session", "/api/claims/c1/dispute-token"]) {
      expect(isCacheablePageRequest(request(path)), path).toBe(false);
    }
  });

  it("keys pages by path and query", () => {
    expect(pageCacheKey(new URL("http://x/search?q=a&status=denied"))).toBe("/search?q=a&status=denied");
    expect(pageCacheKey(new URL("http://x/search?q=b"))).not.toBe(pageCacheKey(new URL("http://x/search?q=a")));
  });
});
