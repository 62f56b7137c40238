// Suggestion quality on the demo article: every seeded claim is a claim an editor
// logged by hand; a suggestion covers it when its anchor overlaps the claim's quote.
import { describe, expect, it } from "vitest";
import { anchorForQuote } from "@/lib/claims/anchor";
import { demoBody } from "@/lib/seed/demo";
import { DEMO_CLAIMS } from "@/prisma/seed/demo-data";
import { suggestClaims } from "./suggest";

const body = demoBody();
const suggestions = suggestClaims(body);
const seeded = DEMO_CLAIMS.map((claim) => ({ claim, anchor: anchorForQuote(body, claim.quote, claim.occurrence ?? 0)! }));
const overlaps = (s: { start: number; end: number }, a: { anchorStart: number; anchorEnd: number }) => s.start < a.anchorEnd && s.end > a.anchorStart;

describe("claim suggestions on the demo article", () => {
  it("finds at least 80% of the 31 seeded claims (recall) and reports precision", () => {
    const covered = seeded.filter(({ anchor }) => suggestions.some((s) => overlaps(s, anchor)));
    const useful = suggestions.filter((s) => seeded.some(({ anchor }) => overlaps(s, anchor)));
    const recall = covered.length / seeded.length;
    const precision = useful.length / suggestions.length;
    console.log(
      `Suggestions: ${suggestions.length}; recall ${(recall * 100).toFixed(1)}% (${covered.length}/${seeded.length} seeded claims covered); ` +
        `precision ${(precision * 100).toFixed(1)}% (${useful.length}/${suggestions.length} suggestions overlap a seeded claim).`,
    );
    const missed = seeded.filter((s) => !covered.includes(s)).map((s) => s.claim.key);
    expect(seeded).toHaveLength(31);
    expect(recall, `missed: ${missed.join(", ")}`).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.5);
  });

  it("anchors every suggestion exactly in the body", () => {
    for (const s of suggestions) expect(body.slice(s.start, s.end)).toBe(s.quote);
  });

  it("is stable: the same body gives the same suggestions and keys", () => {
    expect(suggestClaims(body)).toEqual(suggestions);
    expect(new Set(suggestions.map((s) => s.key)).size).toBe(suggestions.length);
  });

  it("proposes the speaker the demo data names for most attributed claims", () => {
    const named = seeded.filter(({ claim }) => !["newsroom", "bloomberg", "the-insider", "kremlin-source", "american-media", "media-and-gop-lawmakers"].includes(claim.speaker));
    const surname = (name: string) => name.split(" ").at(-1)!.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    const right = named.filter(({ claim, anchor }) => {
      const s = suggestions.find((x) => overlaps(x, anchor));
      return s?.speaker && surname(s.speaker.name) === claim.speaker.split("-").at(-1);
    });
    console.log(`Speaker proposed correctly for ${right.length}/${named.length} claims by named people.`);
    expect(right.length / named.length).toBeGreaterThanOrEqual(0.9);
  });

  it("splits a sentence with two speakers into two suggestions", () => {
    const text = "Ushakov, the adviser, said that there is only “a preliminary agreement” on the meeting, while spokesman Dimitri Peskov stressed that nothing has yet been finalized about this visit.";
    const result = suggestClaims(`Yuri Ushakov, Putin’s foreign policy adviser, spoke on Monday. ${text}`);
    const names = result.map((s) => s.speaker?.name);
    expect(names).toContain("Yuri Ushakov");
    expect(names).toContain("Dimitri Peskov");
  });

  it("skips headings, questions and sentences with nothing to check", () => {
    const result = suggestClaims("A political earthquake\nExpectations are disappointed. Why would anyone care?\nThe minister said the bridge opened on 3 May.");
    expect(result.map((s) => s.quote)).toEqual(["The minister said the bridge opened on 3 May."]);
  });
});
