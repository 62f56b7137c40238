// Import: every bad input is refused with a message naming the problem, and nothing is created.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { InvalidInputError } from "@/lib/actions/errors";
import { importArticle } from "./import-service";
import { BODY_MAX, importArticleSchema } from "./schemas";

const valid = { title: "Bridge reopens", outlet: "Local Gazette", url: "https://gazette.test/bridge", publishedAt: "2025-11-26", body: "The mayor said the bridge reopened on 3 May." };

function problems(input: Record<string, unknown>) {
  const parsed = importArticleSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("import validation (schema)", () => {
  it.each([
    [{ url: "ftp://gazette.test/x" }, "url", "Enter a full web address starting with http:// or https://."],
    [{ url: "javascript:alert(1)" }, "url", "Enter a full web address starting with http:// or https://."],
    [{ publishedAt: "26/11/2025" }, "publishedAt", "Use the format YYYY-MM-DD, e.g. 2025-11-26."],
    [{ publishedAt: "2025-02-30" }, "publishedAt", "That date does not exist."],
    [{ title: "  " }, "title", "Give the article a title."],
    [{ outlet: "" }, "outlet", "Name the outlet that published the article."],
    [{ body: "x".repeat(400_001) }, "body", "The article text is too long: the limit is 100,000 characters."],
  ])("refuses %o with a message on %s", (change, field, message) => {
    expect(problems({ ...valid, ...change })).toEqual({ [field]: message });
  });

  it("accepts blank optional fields", () => {
    expect(importArticleSchema.parse({ ...valid, url: "", publishedAt: "" })).toMatchObject({ url: null, publishedAt: null, format: "text" });
  });
});

describe.each(TEST_DATABASES)("import service [$name]", (target) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDatabase(target);
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it.each([
    ["an empty body", { body: " \n\n " }, "The article text is empty."],
    ["a Markdown body with no text", { body: "# \n\n---\n", format: "markdown" }, "The article text is empty once the Markdown syntax is removed."],
    ["a body over the limit", { body: "word ".repeat(BODY_MAX / 4) }, `The article text is too long: 124,999 characters; the limit is ${BODY_MAX.toLocaleString("en")}.`],
  ])("refuses %s and creates nothing", async (_label, change, message) => {
    const input = importArticleSchema.parse({ ...valid, ...change });
    const attempt = importArticle(db, input, null);
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { body: [message] } });
    expect(await db.article.count()).toBe(0);
  });

  it("stores the article as plain text and returns anchored suggestions", async () => {
    const progress: string[] = [];
    const input = importArticleSchema.parse({
      ...valid,
      format: "markdown",
      body: "# Bridge\n\nThe **mayor** said on Tuesday that the [bridge](https://x.test) reopened after 3 months.\n\nIt rained.",
    });
    const { article, suggestions } = await importArticle(db, input, null, (m) => progress.push(m));
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({ slug: "bridge-reopens", outlet: "Local Gazette", url: "https://gazette.test/bridge" });
    expect(stored.body).toBe("Bridge\nThe mayor said on Tuesday that the bridge reopened after 3 months.\nIt rained.");
    expect(suggestions.map((s) => stored.body.slice(s.start, s.end))).toEqual(["The mayor said on Tuesday that the bridge reopened after 3 months."]);
    expect(progress.at(-1)).toMatch(/Saving the article/);
  });

  it("gives a second article with the same title its own slug", async () => {
    const again = await importArticle(db, importArticleSchema.parse(valid), null);
    expect(again.article.slug).toBe("bridge-reopens-2");
  });
});
