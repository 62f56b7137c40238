// Where to go after signing in. Only paths on this site are followed, so a crafted
// link cannot bounce a user to another site after they sign in.
export const DEFAULT_AFTER_SIGN_IN = "/desk";

export function safeCallbackPath(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return DEFAULT_AFTER_SIGN_IN;
  try {
    // Absolute URLs (the proxy sends the full URL) keep only their path on this site.
    const url = new URL(value, "http://same-site.invalid");
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/login")) return DEFAULT_AFTER_SIGN_IN;
    return path;
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
}
