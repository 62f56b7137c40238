// Keeping the public site fresh after a write.
//
// CALL THIS after any mutation that changes what readers see (claim text, status,
// rationale, evidence, links, speaker, article), once the transaction has committed:
//
//   import { revalidatePublicClaim } from "@/lib/public-cache";
//   revalidatePublicClaim({ claimId, articleSlug, speakerSlug });
//
// Pass every slug you know (for a claim moved to another speaker or article, call it
// for the old and the new). It is safe anywhere: in a server action or route handler
// it invalidates the pages; outside a Next request (scripts, Vitest) it does nothing.
//
// How fresh the site is today: the public pages are rendered per request (dynamic),
// and the JSON API, exports and feed allow shared caches at most 5 s (s-maxage=5),
// so an edit is visible on the next page load whether or not this is called. We chose
// not to cache pages in the server: cached pages need `cacheComponents` app-wide, go
// stale in multi-instance deployments and after writes made outside Next (seed,
// CLIs), and a stale verdict on a fact-check is worse than a slower page. What this
// call does now is drop the Next client router cache for these paths, so an editor who
// navigates to the public page after saving sees the change. If server caching is ever
// turned on, tag the cached reads with the paths below and this stays the one hook.
import { revalidatePath } from "next/cache";

export type PublicClaimChange = {
  claimId?: string;
  articleSlug?: string;
  speakerSlug?: string;
};

/** The public paths that show a claim, its article and its speaker. */
export function publicPathsFor(change: PublicClaimChange): string[] {
  const paths = ["/", "/search", "/feed.xml"];
  if (change.claimId) paths.push(`/claims/${change.claimId}`);
  if (change.articleSlug) paths.push(`/articles/${change.articleSlug}`);
  if (change.speakerSlug) paths.push(`/speakers/${change.speakerSlug}`);
  return paths;
}

export function revalidatePublicClaim(change: PublicClaimChange): void {
  for (const path of publicPathsFor(change)) {
    try {
      revalidatePath(path);
    } catch (error) {
      // Outside a request (a script or a test) there is nothing to invalidate.
      if (error instanceof Error && /static generation store missing/.test(error.message)) return;
      throw error;
    }
  }
}
