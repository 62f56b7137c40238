// Responses of the public JSON API: open CORS for reads, short shared caching, and
// errors as small JSON bodies that never include internals.
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
} as const;

// Pages are rendered per request; API and export responses may be cached by a CDN for
// a few seconds at most, so an edit is public within seconds.
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=30";

export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, {
    status,
    headers: { ...CORS, "Cache-Control": status === 200 ? PUBLIC_CACHE_CONTROL : "no-store" },
  });
}

export function apiError(status: 400 | 404 | 500, message: string): Response {
  return apiJson({ error: message }, status);
}

/** The CORS preflight answer; route files export it as OPTIONS. */
export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS });
}

/** Runs a handler, turning unexpected errors into a logged, generic 500. */
export async function handleApi(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    console.error("Public API error", error);
    return apiError(500, "Something went wrong. Please try again later.");
  }
}
