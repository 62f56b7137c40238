import { describe, expect, it } from "vitest";
import { publicPathsFor, revalidatePublicClaim } from "./public-cache";

describe("revalidatePublicClaim", () => {
  it("names every public page that shows the claim", () => {
    expect(publicPathsFor({ claimId: "c1", articleSlug: "a", speakerSlug: "s" })).toEqual([
      "/",
      "/search",
      "/feed.xml",
      "/claims/c1",
      "/articles/a",
      "/speakers/s",
    ]);
  });

  it("is a no-op outside a Next request, so services and scripts can always call it", () => {
    expect(() => revalidatePublicClaim({ claimId: "c1" })).not.toThrow();
  });
});
