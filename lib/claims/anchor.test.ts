import { describe, expect, it } from "vitest";
import { anchorAt, anchorForQuote, refindAnchor } from "./anchor";

const body = "Peskov said nothing was final. Later, Ushakov said nothing was final either.";

describe("anchors", () => {
  it("records the quote and context around an offset range", () => {
    const a = anchorAt(body, 7, 29);
    expect(a.quote).toBe("said nothing was final");
    expect(a.contextBefore).toBe("Peskov ");
    expect(a.contextAfter.startsWith(". Later")).toBe(true);
  });

  it("rejects ranges outside the body", () => {
    expect(() => anchorAt(body, 5, 500)).toThrow(/outside the article body/);
    expect(() => anchorAt(body, 9, 9)).toThrow(RangeError);
  });

  it("finds the n-th occurrence of a quote", () => {
    expect(anchorForQuote(body, "nothing was final", 1)!.anchorStart).toBe(body.lastIndexOf("nothing was final"));
    expect(anchorForQuote(body, "absent words")).toBeNull();
  });

  it("re-finds the same words after text is inserted before them", () => {
    const second = anchorForQuote(body, "nothing was final", 1)!;
    const edited = "UPDATE: corrected. " + body.replace("Later,", "Later on Wednesday,");
    const found = refindAnchor(edited, second)!;
    expect(found.quote).toBe("nothing was final");
    // the second occurrence (after "Ushakov said"), not the first one
    expect(edited.slice(found.anchorStart - 13, found.anchorStart)).toBe("Ushakov said ");
  });

  it("returns null when the quote was edited away, so the claim can be flagged", () => {
    const a = anchorForQuote(body, "Ushakov said")!;
    expect(refindAnchor(body.replace("Ushakov said", "Ushakov stated"), a)).toBeNull();
  });
});
