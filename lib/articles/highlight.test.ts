import { describe, expect, it } from "vitest";
import { segmentBody } from "./highlight";

describe("segmentBody", () => {
  const body = "Alpha said one. Beta said two. Gamma said three.";

  it("keeps every character of the body, in order", () => {
    const segments = segmentBody(body, [
      { id: "b", start: 16, end: 30 },
      { id: "a", start: 0, end: 15 },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(body);
    expect(segments.filter((s) => s.claim).map((s) => s.claim!.id)).toEqual(["a", "b"]);
    expect(segments[0]!.text).toBe("Alpha said one.");
  });

  it("clips an overlapping anchor instead of repeating text", () => {
    const segments = segmentBody(body, [
      { id: "outer", start: 0, end: 30 },
      { id: "inner", start: 16, end: 40 },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(body);
    expect(segments[1]).toEqual({ text: body.slice(30, 40), claim: { id: "inner", start: 16, end: 40 } });
  });

  it("ignores anchors outside the body", () => {
    expect(segmentBody("short", [{ id: "x", start: 3, end: 99 }])).toEqual([{ text: "short" }]);
  });
});
