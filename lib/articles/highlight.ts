// Splits an article body into plain text and highlighted claim spans, in order.
// Pure, so the page and its tests share it. Overlapping anchors are clipped so the
// text is never duplicated or reordered: a later claim starting inside an earlier
// one begins where the earlier ends.
export type Anchor = { id: string; start: number; end: number };
export type Segment<A extends Anchor> = { text: string; claim?: A };

export function segmentBody<A extends Anchor>(body: string, anchors: A[]): Segment<A>[] {
  const sorted = anchors
    .filter((a) => a.start >= 0 && a.end <= body.length && a.end > a.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<A>[] = [];
  let cursor = 0;
  for (const anchor of sorted) {
    const start = Math.max(anchor.start, cursor);
    if (start >= anchor.end) continue;
    if (start > cursor) segments.push({ text: body.slice(cursor, start) });
    segments.push({ text: body.slice(start, anchor.end), claim: anchor });
    cursor = anchor.end;
  }
  if (cursor < body.length) segments.push({ text: body.slice(cursor) });
  return segments;
}
