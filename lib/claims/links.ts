// How a typed link between two claims reads from either end:
// "A contradicts B" is shown on B as "contradicted by A".
export const LINK_TYPES = ["contradicts", "confirms", "supersedes", "repeats"] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const LINK_LABELS: Record<LinkType, { outgoing: string; incoming: string }> = {
  contradicts: { outgoing: "Contradicts", incoming: "Contradicted by" },
  confirms: { outgoing: "Confirms", incoming: "Confirmed by" },
  supersedes: { outgoing: "Supersedes", incoming: "Superseded by" },
  repeats: { outgoing: "Repeats", incoming: "Repeated by" },
};
