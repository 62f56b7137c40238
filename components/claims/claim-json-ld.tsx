import type { PublicClaim } from "@/lib/claims/public";
import { buildClaimReview, serializeJsonLd } from "@/lib/claims/claim-review";
import { env } from "@/lib/env";

/** schema.org ClaimReview for search engines; the JSON is escaped so it cannot close the script. */
export function ClaimJsonLd({ claim }: { claim: PublicClaim }) {
  const review = buildClaimReview(
    {
      ...claim,
      firstReviewedAt: claim.statusChanges[0]?.createdAt,
      lastReviewedAt: claim.statusChanges.at(-1)?.createdAt,
    },
    { siteUrl: env.SITE_URL, publisherName: env.PUBLISHER_NAME },
  );
  // The only raw HTML on the public site: escaped JSON built by serializeJsonLd, not user markup.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(review) }} />;
}
