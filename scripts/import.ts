// `npm run import -- --file article.txt --title "…" --outlet "…" [--url …] [--published YYYY-MM-DD] [--format text|markdown]`
// Imports an article into DATABASE_URL (the same service as /desk/articles/new) and
// prints its id, then one line per claim suggestion: speaker — claim text.
// Progress goes to stderr, so stdout can be piped. Exit code 1 on bad input, and
// nothing is written.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { DomainError } from "@/lib/actions/errors";
import { importArticle } from "@/lib/desk/import-service";
import { importArticleSchema } from "@/lib/desk/schemas";

const USAGE = `Usage: npm run import -- --file <article.txt|article.md> --title "<title>" --outlet "<outlet>" [--url <https://…>] [--published YYYY-MM-DD] [--format text|markdown]`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      file: { type: "string" }, title: { type: "string" }, outlet: { type: "string" }, url: { type: "string" },
      published: { type: "string" }, format: { type: "string" }, help: { type: "boolean", short: "h" },
    },
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.file) fail(`--file is required.\n${USAGE}`);

let raw: string;
try {
  raw = readFileSync(args.file, "utf8");
} catch {
  fail(`Cannot read ${args.file}.`);
}
const format = args.format ?? (/\.(md|markdown)$/i.test(args.file) ? "markdown" : "text");
const parsed = importArticleSchema.safeParse({
  title: args.title ?? "", outlet: args.outlet ?? "", url: args.url, publishedAt: args.published, body: raw, format,
});
const FLAGS: Record<string, string> = { title: "--title", outlet: "--outlet", url: "--url", publishedAt: "--published", body: "--file", format: "--format" };
if (!parsed.success) {
  fail(["Nothing was imported:", ...parsed.error.issues.map((i) => `  ${FLAGS[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`)].join("\n"));
}

await migrate(env.DATABASE_URL, () => {});
const db = createDb(env.DATABASE_URL);
try {
  const { article, suggestions } = await importArticle(db, parsed.data, null, (message) => console.error(message));
  console.log(`Article ${article.id} (/desk/articles/${article.id}, public page /articles/${article.slug})`);
  for (const s of suggestions) {
    const who = s.speaker ? s.speaker.name : "(no speaker named)";
    console.log(`${who} — ${s.text.replace(/\s+/g, " ")}`);
  }
  console.error(`${suggestions.length} claim suggestion${suggestions.length === 1 ? "" : "s"}; review them at /desk/articles/${article.id}.`);
} catch (error) {
  if (error instanceof DomainError) {
    const details = Object.entries(error.fieldErrors ?? {}).flatMap(([field, messages]) => messages.map((m) => `  ${FLAGS[field] ?? field}: ${m}`));
    fail(["Nothing was imported:", ...(details.length ? details : [`  ${error.message}`])].join("\n"));
  }
  throw error;
} finally {
  await db.$disconnect();
}
