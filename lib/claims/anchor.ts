// Claim anchors: where a claim sits in an article body. Offsets alone break when the
// body is edited, so an anchor also keeps the exact quote and a little context either
// side; refindAnchor uses them to put the highlight back on the same words.
export const CONTEXT_CHARS = 40;

export type AnchorFields = {
  anchorStart: number;
  anchorEnd: number;
  quote: string;
  contextBefore: string;
  contextAfter: string;
};

export function anchorAt(body: string, start: number, end: number): AnchorFields {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= body.length)) {
    throw new RangeError(`Anchor ${start}–${end} is outside the article body (0–${body.length}).`);
  }
  return {
    anchorStart: start,
    anchorEnd: end,
    quote: body.slice(start, end),
    contextBefore: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
    contextAfter: body.slice(end, end + CONTEXT_CHARS),
  };
}

/** Anchor of the n-th (0-based) occurrence of quote in body, or null when absent. */
export function anchorForQuote(body: string, quote: string, occurrence = 0): AnchorFields | null {
  let from = 0;
  for (let i = 0; ; i++) {
    const at = body.indexOf(quote, from);
    if (at < 0 || quote.length === 0) return null;
    if (i === occurrence) return anchorAt(body, at, at + quote.length);
    from = at + 1;
  }
}

function allIndexes(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Length of the common suffix of a and b (context before the quote). */
function sharedSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds the anchor again in an edited body. Among all places the quote still occurs,
 * picks the one whose surrounding text matches the saved context best, breaking ties
 * by closeness to the old offset. Returns null when the quote is gone: the caller must
 * flag the claim for an editor rather than guess.
 */
export function refindAnchor(body: string, anchor: AnchorFields): AnchorFields | null {
  if (body.slice(anchor.anchorStart, anchor.anchorEnd) === anchor.quote) {
    return anchorAt(body, anchor.anchorStart, anchor.anchorEnd);
  }
  const candidates = allIndexes(body, anchor.quote);
  if (candidates.length === 0) return null;
  const scored = candidates.map((at) => {
    const before = body.slice(Math.max(0, at - CONTEXT_CHARS), at);
    const after = body.slice(at + anchor.quote.length, at + anchor.quote.length + CONTEXT_CHARS);
    const score = sharedSuffix(before, anchor.contextBefore) + sharedPrefix(after, anchor.contextAfter);
    return { at, score, distance: Math.abs(at - anchor.anchorStart) };
  });
  scored.sort((a, b) => b.score - a.score || a.distance - b.distance);
  const best = scored[0]!;
  return anchorAt(body, best.at, best.at + anchor.quote.length);
}
