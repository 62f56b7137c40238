// Public dispute references: "D-" + 10 Crockford base32 characters (50 random bits),
// short enough to read out, too many to guess.
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const DISPUTE_REF_PATTERN = /^D-[0-9A-HJKMNP-TV-Z]{10}$/;

export function newDisputeRef(): string {
  const bytes = randomBytes(10);
  let out = "D-";
  for (const byte of bytes) out += ALPHABET[byte & 31];
  return out;
}

/** Normalises a typed reference (lower case, spaces) or returns null when it cannot be one. */
export function parseDisputeRef(value: string): string | null {
  const ref = value.trim().toUpperCase();
  return DISPUTE_REF_PATTERN.test(ref) ? ref : null;
}
