// Splits an article body into sentences with exact offsets into the body string.
// Our own splitter rather than compromise's: offsets must index the stored body
// exactly, a line break always ends a sentence (headings, paragraphs), and a
// quotation that contains several sentences (“For now, wait. It’s too early…,” said
// X) must stay one sentence so the speaker after the quote is found.
export type Span = { start: number; end: number; text: string };

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev",
  "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
  "oct", "nov", "dec", "approx", "fig", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m",
]);

const CLOSING_QUOTES = "”’»";

/** The span of body between start and end, trimmed of surrounding whitespace (null if blank). */
export function trimmedSpan(body: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return end > start ? { start, end, text: body.slice(start, end) } : null;
}

function endsWithAbbreviation(body: string, dot: number): boolean {
  const before = body.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
  // A single capital letter is an initial ("J. Smith"), not the end of a sentence.
  // An initial follows a capitalised word or nothing ("John F. Kennedy"), not "the network X."
  const initial =
    /^\p{Lu}$/u.test(body.slice(dot - 1, dot)) && !/\p{L}/u.test(body[dot - 2] ?? "") && /(?:^|\p{Lu}[\p{L}.]*\s)$/u.test(body.slice(Math.max(0, dot - 30), dot - 1));
  return ABBREVIATIONS.has(word) || initial;
}

/** Sentences of one line (no line breaks inside), as offsets into body. */
function splitLine(body: string, from: number, to: number, out: Span[]) {
  let start = from;
  let quoteDepth = 0;
  let straightOpen = false;
  for (let i = from; i < to; i++) {
    const ch = body[i]!;
    // Single quotes are skipped: ’ doubles as the apostrophe.
    if (ch === "“" || ch === "«") quoteDepth++;
    else if (ch === "”" || ch === "»") quoteDepth = Math.max(0, quoteDepth - 1);
    else if (ch === '"') straightOpen = !straightOpen;
    if (!".!?".includes(ch)) continue;
    if (quoteDepth > 0 || straightOpen) continue;
    if (ch === "." && endsWithAbbreviation(body, i)) continue;
    // The sentence ends after the punctuation and any closing quotes or brackets.
    let end = i + 1;
    while (end < to && (CLOSING_QUOTES.includes(body[end]!) || body[end] === '"' || body[end] === ")")) end++;
    let next = end;
    while (next < to && body[next] === " ") next++;
    if (next >= to) break;
    const following = body[next]!;
    // Only a capital, a digit or an opening quote starts a new sentence ("…!” the diplomat said" does not).
    if (next === end || !/[\p{Lu}\d“‘«„"(]/u.test(following)) continue;
    const span = trimmedSpan(body, start, end);
    if (span) out.push(span);
    start = next;
  }
  const last = trimmedSpan(body, start, to);
  if (last) out.push(last);
}

// A quotation left open by a typo would otherwise swallow the rest of the line.
const MAX_SENTENCE = 1200;

export function splitSentences(body: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && body[i] !== "\n") continue;
    const before = out.length;
    splitLine(body, lineStart, i, out);
    // Re-split an over-long "sentence" ignoring quotation marks.
    for (let k = before; k < out.length; k++) {
      const s = out[k]!;
      if (s.text.length <= MAX_SENTENCE) continue;
      const parts = s.text.split(/(?<=[.!?][”"’]?)\s+(?=\p{Lu})/u);
      let at = s.start;
      const replaced: Span[] = [];
      for (const part of parts) {
        const idx = body.indexOf(part, at);
        replaced.push({ start: idx, end: idx + part.length, text: part });
        at = idx + part.length;
      }
      out.splice(k, 1, ...replaced);
      k += replaced.length - 1;
    }
    lineStart = i + 1;
  }
  return out;
}
