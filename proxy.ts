// Runs before every request:
//  - security headers on every response, with a fresh CSP nonce per request (Next
//    reads the nonce from the request's CSP header and puts it on its own scripts);
//  - refuses cross-site POST/PUT/PATCH/DELETE to route handlers (server actions have
//    Next's own Origin check; sign-in has next-auth's CSRF token);
//  - sends anonymous visitors of the signed-in areas to /login. A convenience only:
//    every page and mutation checks the user's role itself (lib/auth/authorize.ts);
//  - answers anonymous loads of public pages from the page cache (lib/page-cache).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { contentSecurityPolicy, isHttps, newNonce, staticSecurityHeaders } from "@/lib/security/headers";
import { isCrossSiteMutation } from "@/lib/security/same-origin";
import { pageFromCache } from "@/lib/page-cache/serve";

const SIGNED_IN_AREAS = [/^\/desk(\/|$)/, /^\/account(\/|$)/, /^\/admin(\/|$)/, /^\/moderation(\/|$)/];

function isSignedInArea(pathname: string): boolean {
  return SIGNED_IN_AREAS.some((pattern) => pattern.test(pathname));
}

function withSecurityHeaders(response: NextResponse, csp: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

async function secure(request: NextRequest): Promise<NextResponse> {
  const https = isHttps(request.nextUrl, request.headers.get("x-forwarded-proto"));
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/")) {
    if (isCrossSiteMutation(request.method, request.headers.get("origin"), request.headers.get("host"))) {
      return NextResponse.json({ error: "Cross-site requests cannot change anything here." }, { status: 403 });
    }
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { https, development: env.NODE_ENV === "development" });
  const cached = await pageFromCache(request, nonce);
  if (cached) {
    const response = new NextResponse(cached.body, { status: cached.status, headers: cached.headers });
    response.headers.set("X-Page-Cache", cached.cache);
    return withSecurityHeaders(response, csp, https);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp, https);
}

// Not next-auth's withAuth wrapper: it skips the wrapped function on the sign-in page,
// which would leave /login without security headers.
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (isSignedInArea(pathname) && !(await getToken({ req: request, secret: env.NEXTAUTH_SECRET }))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return secure(request);
}

export const config = {
  // Everything but Next's static files, which carry no user content.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
