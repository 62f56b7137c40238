// The three claim statuses, in the words readers see. Shared by every screen so
// a status always looks and reads the same (text + icon + colour, never colour alone).
export const CLAIM_STATUSES = ["confirmed", "denied", "unverified"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const STATUS_INFO: Record<ClaimStatus, { label: string; icon: string; meaning: string }> = {
  confirmed: {
    label: "Confirmed",
    icon: "✓",
    meaning: "Established by evidence or an on-record confirmation.",
  },
  denied: {
    label: "Denied",
    icon: "✗",
    meaning: "Contradicted by evidence or an on-record denial.",
  },
  unverified: {
    label: "Unverified",
    icon: "?",
    meaning: "Not yet established either way.",
  },
};

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === "string" && (CLAIM_STATUSES as readonly string[]).includes(value);
}
