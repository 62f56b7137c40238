// A newcomer's `npm start` needs no configuration: when NEXTAUTH_SECRET is unset we
// generate one and keep it beside the embedded database, so sessions survive restarts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

export const LOCAL_SECRET_FILE = path.resolve(process.cwd(), "data/.auth-secret");

export function loadOrCreateLocalSecret(file = LOCAL_SECRET_FILE): string {
  if (existsSync(file)) {
    const saved = readFileSync(file, "utf8").trim();
    if (saved.length >= 32) return saved;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
