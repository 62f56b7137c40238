// The dispute form's time token: when the form was rendered, signed so a bot cannot
// claim it loaded the page long ago. A person needs a few seconds to read a claim and
// write a reason; a script posting straight away is refused.
//
// token = "<issued-at ms>.<HMAC-SHA256(key, claimId + issued-at)>", the key derived from
// NEXTAUTH_SECRET (a different purpose, so a token is never a valid session signature).
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// Without NEXTAUTH_SECRET (tests, `next dev`) a per-process key: tokens then last until a
// restart, which is all a form needs. `npm start` always sets the secret.
const defaultKey = deriveKey(env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex"));

export function deriveKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("claims-desk/dispute-form-token/v1").digest();
}

function sign(key: Buffer, claimId: string, issuedAt: number): string {
  return createHmac("sha256", key).update(`${claimId}\n${issuedAt}`).digest("base64url");
}

/** A token for the dispute form of one claim, rendered into the page. */
export function issueFormToken(claimId: string, issuedAt: number = Date.now(), key: Buffer = defaultKey): string {
  return `${issuedAt}.${sign(key, claimId, issuedAt)}`;
}

export type TokenCheck =
  | { ok: true }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "too_fast"; waitSeconds: number }
  | { ok: false; reason: "expired" };

export function checkFormToken(
  token: string,
  claimId: string,
  limits: { minSeconds: number; maxAgeSeconds: number },
  now: number = Date.now(),
  key: Buffer = defaultKey,
): TokenCheck {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: "invalid" };
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(key, claimId, issuedAt));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  const age = now - issuedAt;
  if (age < limits.minSeconds * 1000) return { ok: false, reason: "too_fast", waitSeconds: Math.ceil((limits.minSeconds * 1000 - age) / 1000) };
  if (age > limits.maxAgeSeconds * 1000) return { ok: false, reason: "expired" };
  return { ok: true };
}
