import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isHttps, newNonce, staticSecurityHeaders } from "./headers";

describe("security headers", () => {
  it("allows scripts only with the request's nonce", () => {
    const csp = contentSecurityPolicy("abc123", { https: false });
    const scripts = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]!.length).toBeGreaterThanOrEqual(22);
  });

  it("sends HSTS only over HTTPS", () => {
    expect(staticSecurityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(staticSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(isHttps(new URL("http://x.test"), "https")).toBe(true);
    expect(isHttps(new URL("http://x.test"), null)).toBe(false);
  });
});
