// The life of a dispute. Moderators move it; nothing else may.
//   open ──► accepted | rejected | needs_review
//   needs_review ──► accepted | rejected
//   accepted, rejected: final (a decision is part of the public record)
import { ConflictError } from "@/lib/actions/errors";

export const DISPUTE_STATES = ["open", "needs_review", "accepted", "rejected"] as const;
export type DisputeState = (typeof DISPUTE_STATES)[number];

/** The states a moderator can move a dispute to. */
export const DISPUTE_DECISIONS = ["accepted", "rejected", "needs_review"] as const;
export type DisputeDecision = (typeof DISPUTE_DECISIONS)[number];

const TRANSITIONS: Record<DisputeState, readonly DisputeState[]> = {
  open: ["accepted", "rejected", "needs_review"],
  needs_review: ["accepted", "rejected"],
  accepted: [],
  rejected: [],
};

export const STATE_LABELS: Record<DisputeState, string> = {
  open: "Open",
  needs_review: "With the editors for review",
  accepted: "Accepted",
  rejected: "Rejected",
};

export function isFinal(state: DisputeState): boolean {
  return TRANSITIONS[state].length === 0;
}

/** States still waiting for a moderator's decision. */
export const UNRESOLVED_STATES: DisputeState[] = DISPUTE_STATES.filter((s) => !isFinal(s));

export function canTransition(from: DisputeState, to: DisputeState): boolean {
  return TRANSITIONS[from].includes(to);
}

export class IllegalTransitionError extends ConflictError {
  constructor(
    readonly from: DisputeState,
    readonly to: DisputeState,
  ) {
    super(
      isFinal(from)
        ? `This dispute was already ${STATE_LABELS[from].toLowerCase()}; a decision is final and cannot be changed.`
        : from === to
          ? `This dispute is already ${STATE_LABELS[from].toLowerCase()}.`
          : `A dispute that is ${STATE_LABELS[from].toLowerCase()} cannot be moved to "${STATE_LABELS[to].toLowerCase()}".`,
    );
    this.name = "IllegalTransitionError";
  }
}

/** Throws IllegalTransitionError unless `from → to` is allowed. */
export function assertTransition(from: DisputeState, to: DisputeState): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}
