import { describe, expect, it } from "vitest";
import { assertTransition, canTransition, DISPUTE_STATES, IllegalTransitionError, UNRESOLVED_STATES } from "@/lib/disputes/state-machine";

describe("dispute state machine", () => {
  const legal = [
    ["open", "accepted"],
    ["open", "rejected"],
    ["open", "needs_review"],
    ["needs_review", "accepted"],
    ["needs_review", "rejected"],
  ] as const;

  it.each(legal)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  const illegal = DISPUTE_STATES.flatMap((from) => DISPUTE_STATES.map((to) => [from, to] as const)).filter(
    ([from, to]) => !legal.some(([f, t]) => f === from && t === to),
  );

  it.each(illegal)("refuses %s → %s with a specific error", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => assertTransition(from, to)).toThrow(IllegalTransitionError);
  });

  it("says a decision is final", () => {
    expect(() => assertTransition("rejected", "accepted")).toThrow(/final/);
    expect(() => assertTransition("needs_review", "needs_review")).toThrow(/already with the editors/);
    expect(() => assertTransition("needs_review", "open")).toThrow(/cannot be moved to "open"/);
  });

  it("counts open and needs-review disputes as unresolved", () => {
    expect(UNRESOLVED_STATES).toEqual(["open", "needs_review"]);
  });
});
