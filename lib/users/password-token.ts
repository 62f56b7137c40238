// One-time set-password links. The token appears once (in the link the admin hands
// over); the database keeps only its SHA-256, so a database leak reveals no usable link.
import { createHash, randomBytes } from "node:crypto";
import { PASSWORD_LINK_TTL_HOURS } from "@/lib/users/password-link-ttl";

export { PASSWORD_LINK_TTL_HOURS };

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newPasswordToken(now = new Date()): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + PASSWORD_LINK_TTL_HOURS * 3600_000) };
}

export function setPasswordPath(token: string): string {
  return `/set-password/${token}`;
}
