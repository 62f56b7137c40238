import { describe, expect, it } from "vitest";
import { disputePaths, revalidateDispute } from "./revalidate";

describe("revalidateDispute", () => {
  it("names the pages that show a dispute", () => {
    expect(disputePaths({ ref: "D-1", claimId: "c1" })).toEqual(["/moderation", "/desk/disputes", "/disputes/D-1", "/claims/c1"]);
    expect(disputePaths({})).toEqual(["/moderation", "/desk/disputes"]);
  });

  it("is a no-op outside a Next request, so services and scripts can always call it", () => {
    expect(() => revalidateDispute({ claimId: "c1" })).not.toThrow();
  });
});
