// Per-client limit on filed disputes: at most `limit` in any `windowSeconds`.
// A slot is taken before the dispute is written and given back if the write is
// refused, so two simultaneous requests cannot both slip under the limit.
//
// LIMITATION (as for the sign-in limiter): counts live in this process's memory, so
// each app instance counts on its own and a restart forgets them. Client addresses
// come from X-Real-IP / X-Forwarded-For, trustworthy only behind a reverse proxy.
export type RateCheck = { allowed: true; release: () => void } | { allowed: false; retryAfterSeconds: number };

export class SubmissionLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
    private readonly maxKeys = 10_000,
  ) {}

  take(key: string, now: number = Date.now()): RateCheck {
    const windowMs = this.windowSeconds * 1000;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - windowMs);
    if (recent.length >= this.limit) {
      const oldestCounted = recent[recent.length - this.limit]!;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldestCounted + windowMs - now) / 1000)) };
    }
    recent.push(now);
    // Re-insert so the map's order is least-recently-used first, for the eviction below.
    this.hits.delete(key);
    this.hits.set(key, recent.slice(-this.limit));
    while (this.hits.size > this.maxKeys) {
      const oldest = this.hits.keys().next().value;
      if (oldest === undefined) break;
      this.hits.delete(oldest);
    }
    return {
      allowed: true,
      release: () => {
        const list = this.hits.get(key);
        const at = list?.lastIndexOf(now) ?? -1;
        if (list && at >= 0) list.splice(at, 1);
      },
    };
  }
}

/** "1 hour", "10 minutes", "30 seconds": for messages to readers. */
export function describeDuration(seconds: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (seconds >= 3600 && seconds % 3600 === 0) return plural(seconds / 3600, "hour");
  if (seconds >= 60) return plural(Math.ceil(seconds / 60), "minute");
  return plural(seconds, "second");
}
