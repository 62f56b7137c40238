import { describe, expect, it } from "vitest";
import { buildClaimReview, serializeJsonLd } from "./claim-review";

const claim = {
  id: "c1",
  text: "The leaked calls did not exist </script><script>alert(1)</script>",
  status: "denied" as const,
  rationale: "Ushakov confirmed the calls.",
  speakerRole: "director of the Russian Direct Investment Fund",
  statedAt: null,
  createdAt: new Date("2025-11-26T12:00:00Z"),
  updatedAt: new Date("2025-11-27T08:00:00Z"),
  speaker: { slug: "kirill-dmitriev", name: "Kirill Dmitriev", wikidataId: null },
  article: { slug: "talks", title: "Talks stall", outlet: "Demo outlet", url: null, publishedAt: new Date("2025-11-26T12:00:00Z") },
  firstReviewedAt: new Date("2025-11-26T12:01:00Z"),
  lastReviewedAt: new Date("2025-11-28T09:00:00Z"),
};
const site = { siteUrl: "https://facts.example/", publisherName: "The Claims Desk" };

describe("ClaimReview JSON-LD", () => {
  it("describes the claim, who made it, where it appeared and the verdict", () => {
    const review = buildClaimReview(claim, site);
    expect(review).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://facts.example/claims/c1",
      claimReviewed: claim.text,
      datePublished: "2025-11-26T12:01:00.000Z",
      dateModified: "2025-11-28T09:00:00.000Z",
      author: { "@type": "Organization", name: "The Claims Desk" },
      reviewRating: { "@type": "Rating", ratingValue: 1, worstRating: 1, bestRating: 3, alternateName: "Denied" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Kirill Dmitriev", jobTitle: claim.speakerRole },
        appearance: { "@type": "NewsArticle", headline: "Talks stall", url: "https://facts.example/articles/talks" },
      },
    });
  });

  it("rates confirmed 3 and unverified 2", () => {
    expect(buildClaimReview({ ...claim, status: "confirmed" }, site).reviewRating).toMatchObject({ ratingValue: 3, alternateName: "Confirmed" });
    expect(buildClaimReview({ ...claim, status: "unverified" }, site).reviewRating).toMatchObject({ ratingValue: 2, alternateName: "Unverified" });
  });

  it("serializes without any character that could close the script element", () => {
    const json = serializeJsonLd(buildClaimReview(claim, site));
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json).claimReviewed).toBe(claim.text);
  });
});
