// Cross-site request refusal for mutating route handlers. Server actions get Next's
// own Origin check and sign-in gets next-auth's CSRF token; every other POST/PUT/
// PATCH/DELETE must come from a page of this site: its Origin header must name the
// host the request was sent to.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteMutation(method: string, origin: string | null, host: string | null): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (!origin || !host) return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
