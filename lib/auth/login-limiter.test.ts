import { describe, expect, it } from "vitest";
import { clientAddress, LoginLimiter } from "@/lib/auth/login-limiter";

function limiterAt(start = 1_000_000) {
  const clock = { now: start };
  return { clock, limiter: new LoginLimiter(3, 60, () => clock.now) };
}

describe("login limiter", () => {
  it("allows up to the maximum failures, then refuses until the window has passed", () => {
    const { clock, limiter } = limiterAt();
    const keys = ["account:a@x.test"];
    for (let i = 0; i < 3; i++) {
      expect(limiter.check(keys)).toEqual({ allowed: true });
      limiter.recordFailure(keys);
      clock.now += 1000;
    }
    // Failures at t=0s, 1s, 2s; now t=3s: locked until the first leaves the 60 s window.
    expect(limiter.check(keys)).toEqual({ allowed: false, retryAfterSeconds: 57 });
    clock.now += 56_000;
    expect(limiter.check(keys).allowed).toBe(false);
    clock.now += 1_001;
    expect(limiter.check(keys)).toEqual({ allowed: true });
  });

  it("forgets failures older than the window", () => {
    const { clock, limiter } = limiterAt();
    const keys = ["account:a@x.test"];
    limiter.recordFailure(keys);
    limiter.recordFailure(keys);
    clock.now += 61_000;
    limiter.recordFailure(keys);
    expect(limiter.check(keys)).toEqual({ allowed: true });
  });

  it("locks a client address that tries many accounts, without locking other addresses", () => {
    const { limiter } = limiterAt();
    for (const email of ["a", "b", "c"]) limiter.recordFailure([`account:${email}`, "address:198.51.100.1"]);
    expect(limiter.check(["account:d", "address:198.51.100.1"]).allowed).toBe(false);
    expect(limiter.check(["account:d", "address:198.51.100.2"]).allowed).toBe(true);
  });

  it("locks an account attacked from many addresses", () => {
    const { limiter } = limiterAt();
    for (const address of ["1", "2", "3"]) limiter.recordFailure(["account:a", `address:${address}`]);
    expect(limiter.check(["account:a", "address:4"]).allowed).toBe(false);
  });

  it("clears an account's failures on success, but not the address's", () => {
    const { limiter } = limiterAt();
    const keys = ["account:a", "address:1"];
    limiter.recordFailure(keys);
    limiter.recordFailure(keys);
    limiter.reset("account:a");
    limiter.recordFailure(["account:a", "address:2"]);
    expect(limiter.check(["account:a", "address:2"]).allowed).toBe(true);
    limiter.recordFailure(["account:b", "address:1"]);
    expect(limiter.check(["account:c", "address:1"]).allowed).toBe(false);
  });

  it("keeps memory bounded under a flood of distinct keys", () => {
    const clock = { now: 0 };
    const limiter = new LoginLimiter(1, 60, () => clock.now, 100);
    for (let i = 0; i < 1000; i++) limiter.recordFailure([`account:${i}`]);
    expect(limiter.check(["account:999"]).allowed).toBe(false);
    expect(limiter.check(["account:0"]).allowed).toBe(true); // evicted
  });
});

describe("client address", () => {
  it("prefers X-Real-IP, then the right-most X-Forwarded-For entry", () => {
    expect(clientAddress({ "x-real-ip": "203.0.113.9", "x-forwarded-for": "1.1.1.1" })).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "10.0.0.1, 203.0.113.7" })).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
    expect(clientAddress({})).toBeNull();
    expect(clientAddress(undefined)).toBeNull();
  });
});
