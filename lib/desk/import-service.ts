// Importing an article: the one path for the /desk/articles/new form and the
// `npm run import` CLI. Validates, converts Markdown to plain text, checks the size,
// stores the article and returns the claim suggestions for its body. Any refusal
// throws InvalidInputError naming the field, and nothing is written.
import type { Db } from "@/lib/db/client";
import { InvalidInputError, isUniqueViolation } from "@/lib/actions/errors";
import { slugify } from "@/lib/slug";
import { markdownToPlainText, normalizePlainText } from "./markdown";
import { BODY_MAX, type ImportArticleInput } from "./schemas";
import { suggestionsForBody } from "./suggestion-service";
import type { Suggestion } from "@/lib/suggestions/suggest";

export type Progress = (message: string) => void;

/** The body as stored: plain text, normalised. Throws when it is empty or too long. */
export function prepareBody(raw: string, format: "text" | "markdown"): string {
  const body = format === "markdown" ? markdownToPlainText(raw) : normalizePlainText(raw);
  if (!body) {
    throw new InvalidInputError("The article text is empty.", {
      body: [format === "markdown" ? "The article text is empty once the Markdown syntax is removed." : "The article text is empty."],
    });
  }
  if (body.length > BODY_MAX) {
    const message = `The article text is too long: ${body.length.toLocaleString("en")} characters; the limit is ${BODY_MAX.toLocaleString("en")}.`;
    throw new InvalidInputError(message, { body: [message] });
  }
  return body;
}

/** A slug no other article has: the title's, with -2, -3 … appended when taken. */
export async function uniqueArticleSlug(db: Pick<Db, "article">, title: string, exceptId?: string): Promise<string> {
  const base = slugify(title);
  const taken = new Set(
    (await db.article.findMany({ where: { slug: { startsWith: base }, NOT: exceptId ? { id: exceptId } : undefined }, select: { slug: true } })).map((a) => a.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export type ImportResult = { article: { id: string; slug: string; title: string }; suggestions: Suggestion[] };

export async function importArticle(db: Db, input: ImportArticleInput, actorId: string | null, progress: Progress = () => {}): Promise<ImportResult> {
  progress(`Preparing the text (${input.format === "markdown" ? "Markdown" : "plain text"}, ${input.body.length.toLocaleString("en")} characters)…`);
  const body = prepareBody(input.body, input.format);
  progress("Finding claim suggestions…");
  const suggestions = suggestionsForBody(body, (done, total) => {
    if (total >= 50) progress(`  sentence ${done}/${total}`);
  });
  progress(`Found ${suggestions.length} claim suggestion${suggestions.length === 1 ? "" : "s"}. Saving the article…`);
  for (let attempt = 0; ; attempt++) {
    try {
      const article = await db.article.create({
        data: {
          slug: await uniqueArticleSlug(db, input.title),
          title: input.title,
          outlet: input.outlet,
          url: input.url,
          publishedAt: input.publishedAt,
          body,
          createdById: actorId,
        },
        select: { id: true, slug: true, title: true },
      });
      return { article, suggestions };
    } catch (error) {
      // Two imports of the same title at once: the slug was taken in between; pick again.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}
