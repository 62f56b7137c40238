// Marks the words of a result that match the search, as plain data the page renders
// as React elements (<mark>), so user text is never injected as HTML. Matching is by
// a crude English stem, close enough to what the databases' stemmers matched:
// "denied" highlights "denies" and "denial", "leaks" highlights "leaked".
import { wordsOf } from "./query";

export type HighlightSegment = { text: string; match: boolean };

function stem(word: string): string {
  const stripped = word.replace(/(ing|ed|es|s|ly|ial|y|ies|e)$/, "");
  return stripped.length >= 3 ? stripped : word;
}

export function highlightSegments(text: string, terms: string[]): HighlightSegment[] {
  const stems = terms.map(stem);
  if (stems.length === 0 || text === "") return text === "" ? [] : [{ text, match: false }];
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const found of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const word = wordsOf(found[0]).join("");
    if (!stems.some((s) => word.startsWith(s))) continue;
    const start = found.index;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: found[0], match: true });
    cursor = start + found[0].length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
