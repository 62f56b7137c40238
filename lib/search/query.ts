// Turns what a reader typed into a search box into a safe, database-neutral query.
// Nothing the reader types is ever passed to a full-text engine as syntax: we parse
// it ourselves (words, "quoted phrases", OR, -exclusions) and rebuild it, so FTS5
// operators such as NEAR( or * and stray quotes are just words, and no input can
// make the database raise a syntax error.

export type Phrase = { words: string[]; negated: boolean };
/** Alternatives joined by OR; each alternative is phrases that must all match. */
export type ParsedQuery = { groups: Phrase[][] };

export const MAX_QUERY_LENGTH = 200;
const MAX_PHRASES = 16;

// PostgreSQL's English stop words (snowball english.stop): PostgreSQL drops them from
// queries, so SQLite drops them too and both databases find the same claims.
const STOP_WORDS = new Set(
  (
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers " +
    "herself it its itself they them their theirs themselves what which who whom this that these those am is are " +
    "was were be been being have has had having do does did doing a an the and but if or because as until while " +
    "of at by for with about against between into through during before after above below to from up down in out " +
    "on off over under again further then once here there when where why how all any both each few more most other " +
    "some such no nor not only own same so than too very s t can will just don should now"
  ).split(" "),
);

/** Lower-cased words (letters and digits) of a string, accents removed. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function parseSearchQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_LENGTH);
  const groups: Phrase[][] = [[]];
  let count = 0;
  // A token is an optional "-" then a "quoted phrase" (closing quote optional) or a bare word.
  for (const match of text.matchAll(/(-?)(?:"([^"]*)"?|([^\s"]+))/g)) {
    const [, minus, quoted, bare] = match;
    if (bare === "OR" && !minus) {
      if (groups.at(-1)!.length > 0) groups.push([]);
      continue;
    }
    const words = wordsOf(quoted ?? bare ?? "");
    const kept = quoted === undefined && words.length === 1 && STOP_WORDS.has(words[0]!) ? [] : words;
    if (kept.length === 0 || count >= MAX_PHRASES) continue;
    groups.at(-1)!.push({ words: kept, negated: minus === "-" });
    count++;
  }
  // An alternative made only of exclusions cannot be searched for (FTS5 has no unary NOT).
  return { groups: groups.filter((g) => g.some((p) => !p.negated)) };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.groups.length === 0;
}

function fts5Phrase(phrase: Phrase): string {
  // Words hold only letters and digits, so quoting them is enough; doubling any quote
  // is belt and braces in case wordsOf ever lets one through.
  return `"${phrase.words.join(" ").replace(/"/g, '""')}"`;
}

/** An FTS5 MATCH expression for a parsed query (never empty input: check isEmptyQuery). */
export function toFts5(query: ParsedQuery): string {
  return query.groups
    .map((group) => {
      const must = group.filter((p) => !p.negated).map(fts5Phrase).join(" ");
      const not = group.filter((p) => p.negated).map(fts5Phrase);
      return not.length ? `(${must} NOT (${not.join(" OR ")}))` : `(${must})`;
    })
    .join(" OR ");
}

/** The same query as input for PostgreSQL's websearch_to_tsquery (which never raises). */
export function toWebsearch(query: ParsedQuery): string {
  return query.groups
    .map((group) => group.map((p) => `${p.negated ? "-" : ""}"${p.words.join(" ")}"`).join(" "))
    .join(" or ");
}

/** Words to highlight in results: every word the reader searched for, not excluded. */
export function highlightTerms(query: ParsedQuery): string[] {
  const terms = query.groups.flatMap((g) => g.filter((p) => !p.negated).flatMap((p) => p.words));
  return [...new Set(terms.filter((t) => !STOP_WORDS.has(t)))];
}
