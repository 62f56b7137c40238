// schema.org ClaimReview structured data for a claim page (search engines and
// fact-check aggregators read it). Pure, so tests check its shape directly.
//
// Rating scale (documented in the README): 1 = Denied (false), 2 = Unverified,
// 3 = Confirmed (true); worstRating 1, bestRating 3; alternateName is the status label.
import { STATUS_INFO, type ClaimStatus } from "./status";

export const RATING_SCALE: Record<ClaimStatus, number> = { denied: 1, unverified: 2, confirmed: 3 };

export type ClaimReviewInput = {
  id: string;
  text: string;
  status: ClaimStatus;
  rationale: string;
  speakerRole: string;
  statedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  speaker: { slug: string; name: string; wikidataId: string | null };
  article: { slug: string; title: string; outlet: string; url: string | null; publishedAt: Date | null };
  /** When the current review was first published and last changed (from the status history). */
  firstReviewedAt?: Date;
  lastReviewedAt?: Date;
};

export type Site = { siteUrl: string; publisherName: string };

function absolute(site: Site, path: string): string {
  return `${site.siteUrl.replace(/\/+$/, "")}${path}`;
}

export function buildClaimReview(claim: ClaimReviewInput, site: Site) {
  const articleUrl = absolute(site, `/articles/${claim.article.slug}`);
  const modified = [claim.updatedAt, claim.lastReviewedAt].filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0]!;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: absolute(site, `/claims/${claim.id}`),
    claimReviewed: claim.text,
    datePublished: (claim.firstReviewedAt ?? claim.createdAt).toISOString(),
    dateModified: modified.toISOString(),
    author: { "@type": "Organization", name: site.publisherName, url: absolute(site, "/") },
    reviewRating: {
      "@type": "Rating",
      ratingValue: RATING_SCALE[claim.status],
      worstRating: 1,
      bestRating: 3,
      alternateName: STATUS_INFO[claim.status].label,
      ...(claim.rationale && { ratingExplanation: claim.rationale }),
    },
    itemReviewed: {
      "@type": "Claim",
      ...(claim.statedAt && { datePublished: claim.statedAt.toISOString() }),
      author: {
        "@type": "Person",
        name: claim.speaker.name,
        url: absolute(site, `/speakers/${claim.speaker.slug}`),
        ...(claim.speakerRole && { jobTitle: claim.speakerRole }),
        ...(claim.speaker.wikidataId && { sameAs: `https://www.wikidata.org/wiki/${claim.speaker.wikidataId}` }),
      },
      appearance: {
        "@type": "NewsArticle",
        headline: claim.article.title,
        url: claim.article.url ?? articleUrl,
        ...(claim.article.url && { sameAs: articleUrl }),
        ...(claim.article.publishedAt && { datePublished: claim.article.publishedAt.toISOString() }),
        publisher: { "@type": "Organization", name: claim.article.outlet },
      },
    },
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" and friends are
 * escaped so text such as "</script>" inside a claim cannot end the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
