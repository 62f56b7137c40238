// An article's claims as CSV and JSON downloads. Pure: the route handlers pass in the
// public article (lib/articles/queries.ts), so only public fields can be exported.
import { LINK_LABELS } from "@/lib/claims/links";
import { STATUS_INFO } from "@/lib/claims/status";
import type { PublicArticle } from "./queries";

/**
 * One CSV cell: quoted when it holds a comma, quote or line break, with quotes doubled
 * (RFC 4180). Text a spreadsheet would run as a formula (= + - @, or a leading tab or
 * carriage return) is prefixed with ' so it is shown, not executed.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** Public, export-shaped claims of an article (the JSON download and the CSV rows). */
export function exportClaims(article: PublicArticle, siteUrl: string) {
  const base = siteUrl.replace(/\/+$/, "");
  return article.claims.map((c) => ({
    id: c.id,
    url: `${base}/claims/${c.id}`,
    speaker: c.speaker.name,
    speakerRole: c.speakerRole,
    status: c.status,
    statusLabel: STATUS_INFO[c.status].label,
    text: c.text,
    quote: article.body.slice(c.anchorStart, c.anchorEnd),
    statedAt: day(c.statedAt),
    rationale: c.rationale,
    evidence: c.evidence.map((e) => ({ sourceName: e.sourceName, stance: e.stance, kind: e.kind, url: e.url, excerpt: e.excerpt })),
    links: [
      ...c.linksFrom.map((l) => ({ relation: LINK_LABELS[l.type].outgoing, claimId: l.toClaim.id, speaker: l.toClaim.speaker.name })),
      ...c.linksTo.map((l) => ({ relation: LINK_LABELS[l.type].incoming, claimId: l.fromClaim.id, speaker: l.fromClaim.speaker.name })),
    ],
  }));
}

export function claimsCsv(article: PublicArticle, siteUrl: string): string {
  const header = ["claim_id", "url", "speaker", "speaker_role", "status", "claim", "quote", "stated_at", "rationale", "evidence", "related_claims"];
  const rows = exportClaims(article, siteUrl).map((c) => [
    c.id,
    c.url,
    c.speaker,
    c.speakerRole,
    c.statusLabel,
    c.text,
    c.quote,
    c.statedAt,
    c.rationale,
    c.evidence.map((e) => `${e.stance}: ${e.sourceName}${e.url ? ` <${e.url}>` : ""}`).join("; "),
    c.links.map((l) => `${l.relation} ${l.speaker} (${l.claimId})`).join("; "),
  ]);
  return toCsv(header, rows);
}
