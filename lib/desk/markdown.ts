// Article text as the desk stores it: plain text, one paragraph per line. Markdown
// input is reduced to its body text (no syntax left for claims to be anchored in).

/** Line endings, trailing spaces and blank lines normalised; paragraphs one per line. */
export function normalizePlainText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/u, ""))
    .join("\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images → alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // [text](url)
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // [text][ref]
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1") // <https://…>
    .replace(/<\/?[a-zA-Z][^>]*>/g, "") // inline HTML tags
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1");
}

/** Markdown → plain body text: headings, lists and quotes become plain lines; soft-wrapped lines join. */
export function markdownToPlainText(markdown: string): string {
  const lines = markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  // YAML front matter
  if (lines[0]?.trim() === "---") {
    const end = lines.indexOf("---", 1);
    if (end > 0) lines.splice(0, end + 1);
  }
  const paragraphs: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const flush = () => {
    if (current.length) paragraphs.push(inline(current.join(" ")).replace(/\s+/g, " ").trim());
    current = [];
  };
  for (const raw of lines) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (raw.trim()) paragraphs.push(raw.trim());
      continue;
    }
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(raw)) continue; // link reference definitions
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      flush(); // horizontal rule
      continue;
    }
    if (/^\s*(=+|-+)\s*$/.test(raw) && current.length) {
      flush(); // setext heading underline
      continue;
    }
    const line = raw.replace(/^\s{0,3}(?:>\s?)+/, "");
    if (!line.trim()) {
      flush();
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (heading || item) {
      flush();
      current.push((heading ?? item)![1]!);
      flush();
      continue;
    }
    current.push(line.trim());
  }
  flush();
  return paragraphs.filter(Boolean).join("\n");
}
