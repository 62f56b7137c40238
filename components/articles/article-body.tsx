import { segmentBody } from "@/lib/articles/highlight";
import { STATUS_INFO, type ClaimStatus } from "@/lib/claims/status";
import { STATUS_STYLES } from "@/components/claims/status-badge";
import { cn } from "@/lib/utils";

type HighlightClaim = { id: string; start: number; end: number; status: ClaimStatus; speakerName: string };

/**
 * The article text with every claim highlighted where it sits. Each highlight is a
 * link to the claim's summary below, says its status in words (for screen readers
 * too) and carries the status icon, so colour is never the only signal.
 */
export function ArticleBody({ body, claims }: { body: string; claims: HighlightClaim[] }) {
  const paragraphs: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const text of body.split("\n")) {
    paragraphs.push({ text, offset });
    offset += text.length + 1;
  }
  return (
    <div className="space-y-4 font-serif text-lg leading-relaxed">
      {paragraphs
        .filter((p) => p.text.trim() !== "")
        .map((p) => {
          const inside = claims
            .filter((c) => c.end > p.offset && c.start < p.offset + p.text.length)
            .map((c) => ({ ...c, start: Math.max(c.start, p.offset) - p.offset, end: Math.min(c.end, p.offset + p.text.length) - p.offset }));
          return (
            <p key={p.offset}>
              {segmentBody(p.text, inside).map((segment, i) =>
                segment.claim ? (
                  <a
                    key={i}
                    id={`hl-${segment.claim.id}`}
                    href={`#claim-${segment.claim.id}`}
                    data-status={segment.claim.status}
                    className={cn("claim-highlight", STATUS_STYLES[segment.claim.status])}
                  >
                    <span aria-hidden="true" className="claim-highlight-icon">
                      {STATUS_INFO[segment.claim.status].icon}
                    </span>
                    {segment.text}
                    <span className="sr-only">{` (claim by ${segment.claim.speakerName}: ${STATUS_INFO[segment.claim.status].label})`}</span>
                  </a>
                ) : (
                  <span key={i}>{segment.text}</span>
                ),
              )}
            </p>
          );
        })}
    </div>
  );
}
