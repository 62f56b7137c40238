import { describe, expect, it } from "vitest";
import { buildAtomFeed, xmlEscape } from "./atom";

const change = {
  id: "s1",
  fromStatus: "unverified" as const,
  toStatus: "denied" as const,
  reason: "Ushakov <confirmed> the calls & more",
  createdAt: new Date("2025-11-26T12:01:00Z"),
  dispute: { ref: "D-42" },
  claim: { id: "c1", text: 'The calls "did not exist"\u0001', speaker: { name: "Kirill Dmitriev" }, article: { title: "Talks & leaks" } },
};

describe("Atom feed", () => {
  it("escapes text and drops characters XML forbids", () => {
    expect(xmlEscape(`<a href="x">&'\u0000`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
  });

  it("has one entry per change with id, title, link and updated", () => {
    const xml = buildAtomFeed([change], { siteUrl: "https://facts.example", publisherName: "The Claims Desk" });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain("<id>https://facts.example/claims/c1#status-s1</id>");
    expect(xml).toContain("<title>Unverified → Denied: The calls &quot;did not exist&quot;</title>");
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://facts.example/claims/c1"/>');
    expect(xml).toContain("<updated>2025-11-26T12:01:00.000Z</updated>");
    expect(xml).toContain("Ushakov &lt;confirmed&gt; the calls &amp; more");
    expect(xml).toContain("Following dispute D-42.");
    expect(xml).not.toMatch(/\u0001/);
    // every & starts an entity
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});
