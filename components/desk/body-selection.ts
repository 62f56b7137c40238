// Maps a DOM selection inside the annotated body back to offsets in the stored body
// string. Every piece of body text is rendered in its own element carrying
// data-offset (its start in the body) with exactly one text node inside; anything
// else (status icons) has no data-offset and is skipped.
export type BodySelection = { start: number; end: number; quote: string };

function pointOffset(root: HTMLElement, node: Node, offset: number): number | null {
  const pieces = Array.from(root.querySelectorAll<HTMLElement>("[data-offset]"));
  const point = document.createRange();
  point.setStart(node, offset);
  for (const piece of pieces) {
    if (piece.firstChild === node) return Number(piece.dataset.offset) + offset;
    const range = document.createRange();
    range.selectNodeContents(piece);
    // The first piece starting at or after the point: the point sits just before it.
    if (range.compareBoundaryPoints(Range.START_TO_START, point) >= 0) return Number(piece.dataset.offset);
  }
  const last = pieces.at(-1);
  return last ? Number(last.dataset.offset) + (last.textContent ?? "").length : null;
}

/** The current selection as body offsets, trimmed of surrounding whitespace, or null. */
export function readBodySelection(root: HTMLElement, body: string): BodySelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  let start = pointOffset(root, range.startContainer, range.startOffset);
  let end = pointOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (start > end) [start, end] = [end, start];
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (end <= start) return null;
  return { start, end, quote: body.slice(start, end) };
}
