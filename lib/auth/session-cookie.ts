// next-auth's JWT session cookie: "__Secure-" prefixed over HTTPS, ".0", ".1"… when
// chunked. Shared by the session reader and the page cache (which must never answer a
// request that carries one), so both agree on who might be signed in.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export function isSessionCookie(name: string): boolean {
  return SESSION_COOKIE.test(name);
}
