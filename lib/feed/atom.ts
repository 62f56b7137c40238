// The Atom feed of claim status changes (/feed.xml). Pure: builds the XML from public
// rows, escaping every piece of text.
import { STATUS_INFO, type ClaimStatus } from "@/lib/claims/status";

export function xmlEscape(text: string): string {
  return (
    text
      // characters XML 1.0 does not allow at all
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

export type FeedChange = {
  id: string;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus;
  reason: string;
  createdAt: Date;
  dispute: { ref: string } | null;
  claim: { id: string; text: string; speaker: { name: string }; article: { title: string } };
};

export function changeTitle(change: Pick<FeedChange, "fromStatus" | "toStatus">): string {
  const to = STATUS_INFO[change.toStatus].label;
  return change.fromStatus ? `${STATUS_INFO[change.fromStatus].label} → ${to}` : `Recorded as ${to}`;
}

export function buildAtomFeed(changes: FeedChange[], site: { siteUrl: string; publisherName: string }): string {
  const base = site.siteUrl.replace(/\/+$/, "");
  const updated = (changes[0]?.createdAt ?? new Date(0)).toISOString();
  const entries = changes.map((c) => {
    const url = `${base}/claims/${c.claim.id}`;
    const summary = [
      `${c.claim.speaker.name}: “${c.claim.text}”`,
      `In: ${c.claim.article.title}`,
      `Why: ${c.reason}`,
      ...(c.dispute ? [`Following dispute ${c.dispute.ref}.`] : []),
    ].join("\n");
    return `  <entry>
    <id>${xmlEscape(`${url}#status-${c.id}`)}</id>
    <title>${xmlEscape(`${changeTitle(c)}: ${c.claim.text}`)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>
    <updated>${c.createdAt.toISOString()}</updated>
    <author><name>${xmlEscape(site.publisherName)}</name></author>
    <summary type="text">${xmlEscape(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(`${base}/feed.xml`)}</id>
  <title>${xmlEscape(`${site.publisherName}: claim status changes`)}</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${base}/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(`${base}/`)}"/>
  <updated>${updated}</updated>
${entries.join("\n")}
</feed>
`;
}
