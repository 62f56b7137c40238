import { describe, expect, it } from "vitest";
import { markdownToPlainText, normalizePlainText } from "./markdown";

describe("article text", () => {
  it("strips Markdown syntax to plain body text, one paragraph per line", () => {
    const md = [
      "---", "layout: post", "---", "# Peace talks stall", "", "The **Kremlin** said, according to [Reuters](https://reuters.com),",
      "that _nothing_ was `agreed`.", "", "> “It is too early,” Peskov said.", "", "- First point", "2. Second point", "", "***",
      "![map](map.png) Shown above.", "[ref]: https://example.test",
    ].join("\n");
    expect(markdownToPlainText(md)).toBe(
      ["Peace talks stall", "The Kremlin said, according to Reuters, that nothing was agreed.", "“It is too early,” Peskov said.", "First point", "Second point", "map Shown above."].join("\n"),
    );
  });

  it("keeps plain text as written, normalising line endings and blank lines", () => {
    expect(normalizePlainText("\uFEFFOne *literal* star.  \r\n\r\n\r\nTwo.\n")).toBe("One *literal* star.\nTwo.");
  });
});
