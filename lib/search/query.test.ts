import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight";
import { highlightTerms, parseSearchQuery, toFts5, toWebsearch } from "./query";
import { parseSearchParams, searchHref } from "./schema";

describe("parseSearchQuery", () => {
  it("keeps words and phrases, drops stop words outside phrases", () => {
    const q = parseSearchQuery('the Witkoff "leaked calls"');
    expect(toFts5(q)).toBe('("witkoff" "leaked calls")');
    expect(toWebsearch(q)).toBe('"witkoff" "leaked calls"');
  });

  it("supports OR and exclusions", () => {
    const q = parseSearchQuery("Dmitriev OR Ushakov -Trump");
    expect(toFts5(q)).toBe('("dmitriev") OR ("ushakov" NOT ("trump"))');
    expect(toWebsearch(q)).toBe('"dmitriev" or "ushakov" -"trump"');
    expect(highlightTerms(q)).toEqual(["dmitriev", "ushakov"]);
  });

  it("turns FTS5 syntax into plain words", () => {
    expect(toFts5(parseSearchQuery('NEAR(witkoff* "ushakov'))).toBe('("near witkoff" "ushakov")');
    expect(toFts5(parseSearchQuery("'; drop table Claim; --"))).toBe('("drop" "table" "claim")');
    expect(parseSearchQuery('" * ( ) : ^ -').groups).toEqual([]);
    expect(parseSearchQuery("-only -exclusions").groups).toEqual([]);
  });

  it("never produces an expression with a stray quote or operator, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        const fts = toFts5(parseSearchQuery(input));
        // every quoted string is a run of words; outside quotes only ( ) OR NOT and spaces
        expect(fts.replace(/"[\p{L}\p{N} ]+"/gu, "").replace(/\(|\)|\bOR\b|\bNOT\b|\s/g, "")).toBe("");
      }),
    );
  });
});

describe("highlightSegments", () => {
  it("marks matching words by stem, keeping all the text", () => {
    const text = "Dmitriev denied the calls; the denial was contradicted.";
    const segments = highlightSegments(text, ["denied", "call"]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["denied", "calls", "denial"]);
  });

  it("matches accented words and returns text untouched without terms", () => {
    expect(highlightSegments("Kiril Dmítriev", ["dmitriev"]).filter((s) => s.match)).toEqual([{ text: "Dmítriev", match: true }]);
    expect(highlightSegments("<b>x</b>", [])).toEqual([{ text: "<b>x</b>", match: false }]);
  });
});

describe("search params", () => {
  it("drops values that do not parse and clamps the page", () => {
    expect(parseSearchParams({ q: ["Witkoff", "x"], status: "bogus", page: "-3", from: "2025-13-45", to: "yesterday" })).toEqual({
      q: "Witkoff",
      status: undefined,
      speaker: undefined,
      article: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
    expect(parseSearchParams(new URLSearchParams("page=999999999&status=denied")).page).toBe(500);
    expect(parseSearchParams({ page: "1e400" }).page).toBe(1);
  });

  it("builds links without empty values", () => {
    expect(searchHref({ q: "a b", status: "denied", page: 1, speaker: undefined })).toBe("/search?q=a+b&status=denied");
  });
});
