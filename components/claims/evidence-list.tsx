import { formatDate } from "@/lib/utils";

type Evidence = {
  id: string;
  kind: string;
  stance: "supports" | "contradicts" | "context";
  sourceName: string;
  url: string | null;
  excerpt: string;
  publishedAt: Date | null;
};

const STANCE_LABEL: Record<Evidence["stance"], string> = {
  supports: "Supports",
  contradicts: "Contradicts",
  context: "Context",
};

export function kindLabel(kind: string): string {
  return kind.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/** Evidence for a claim; URLs are rendered only when http/https (they are validated on save too). */
export function EvidenceList({ evidence, headingLevel = 4 }: { evidence: Evidence[]; headingLevel?: 2 | 4 }) {
  const Heading = headingLevel === 2 ? "h2" : "h4";
  const heading = (
    <Heading className={headingLevel === 2 ? "font-serif text-xl font-bold" : "text-sm font-semibold"}>Evidence</Heading>
  );
  if (evidence.length === 0) {
    return (
      <div className="mt-3">
        {headingLevel === 2 && heading}
        <p className="text-sm text-stone-700">No evidence recorded yet.</p>
      </div>
    );
  }
  return (
    <div className="mt-3">
      {heading}
      <ul className="mt-1 space-y-2 text-sm">
        {evidence.map((e) => (
          <li key={e.id} className="evidence-item">
            <span className="font-semibold">{STANCE_LABEL[e.stance]}</span>
            {` · ${kindLabel(e.kind)} · `}
            {e.url && /^https?:\/\//i.test(e.url) ? (
              <a href={e.url} rel="noopener noreferrer nofollow" className="text-link">
                {e.sourceName}
              </a>
            ) : (
              e.sourceName
            )}
            {e.publishedAt && <span className="text-stone-700">{` · ${formatDate(e.publishedAt)}`}</span>}
            {e.excerpt && <blockquote className="evidence-excerpt">{`“${e.excerpt}”`}</blockquote>}
          </li>
        ))}
      </ul>
    </div>
  );
}
