// Brute-force protection for sign-in. A key (one account's email, or one client
// address) that has failed `maxFailures` times within the last `windowSeconds` is
// refused until the oldest of those failures leaves the window; refused attempts are
// not checked against the password and do not extend the lock.
//
// LIMITATION: the counters live in this process's memory. With several app instances
// behind a load balancer each instance counts on its own (an attacker gets up to
// maxFailures × instances tries per window), and a restart forgets them. A shared
// store (Redis, or a table) would be needed for a multi-instance deployment.
//
// Client addresses come from X-Real-IP / X-Forwarded-For, which only a reverse proxy
// in front of the app makes trustworthy; without one a client can forge them, and the
// per-account limit is what still holds.

export type LimitCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly windowMs: number;

  constructor(
    private readonly maxFailures: number,
    windowSeconds: number,
    private readonly now: () => number = Date.now,
    // Bounds memory under a flood of distinct keys; the oldest keys are dropped first.
    private readonly maxKeys = 10_000,
  ) {
    this.windowMs = windowSeconds * 1000;
  }

  /** Refuses when any of the keys is locked, saying when the last of them opens again. */
  check(keys: string[]): LimitCheck {
    let retryAfterMs = 0;
    for (const key of keys) {
      const recent = this.recent(key);
      if (recent.length >= this.maxFailures) {
        const oldestCounted = recent[recent.length - this.maxFailures]!;
        retryAfterMs = Math.max(retryAfterMs, oldestCounted + this.windowMs - this.now());
      }
    }
    return retryAfterMs > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) } : { allowed: true };
  }

  recordFailure(keys: string[]): void {
    const at = this.now();
    for (const key of keys) {
      const recent = this.recent(key);
      recent.push(at);
      // Only the last maxFailures timestamps matter for the decision.
      this.failures.delete(key);
      this.failures.set(key, recent.slice(-this.maxFailures));
    }
    while (this.failures.size > this.maxKeys) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  /** A successful sign-in clears that key (the account), not the address's count. */
  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) this.failures.delete(key);
    return kept;
  }
}

/** The client's address as the nearest proxy reports it, or null when none is known. */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const realIp = first(headers?.["x-real-ip"])?.trim();
  if (realIp) return realIp;
  // The right-most entry is the one added by the proxy closest to us.
  const forwarded = first(headers?.["x-forwarded-for"])
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? null;
}
