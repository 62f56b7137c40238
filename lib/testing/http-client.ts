// Drives the running app over HTTP the way a browser does, for the benchmark and the
// durability tests: signs in through next-auth's credentials endpoint and calls server
// actions by id (read from the build's server-reference manifest).
import { readFileSync } from "node:fs";
import path from "node:path";

export type ActionOutcome = { ok: boolean; code?: string; error?: string; data?: unknown };

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** A session cookie header for the account, through the real sign-in endpoint. */
export async function signInCookie(baseUrl: string, email: string, password: string, clientAddress = "127.0.0.1"): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesFrom(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; "), "x-real-ip": clientAddress },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesFrom(response).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`Sign-in failed for ${email} (HTTP ${response.status}).`);
  return [...jar, session].join("; ");
}

/** The id Next gave a server action (by file and export name) in a build. */
export function actionId(distDir: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} from ${file} in ${distDir}.`);
  return found[0];
}

/**
 * Calls a server action the way React's form/transition machinery does: a POST to a
 * page that uses it, the action id in a header, the arguments as a JSON array. The
 * reply is React's flight format; the action's return value is one of its rows.
 */
export async function callAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<ActionOutcome> {
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseUrl, ...headers },
    body: JSON.stringify([input]),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`Action ${id} answered HTTP ${response.status}: ${text.slice(0, 200)}`);
  for (const line of text.split("\n")) {
    const match = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!match) continue;
    try {
      const value = JSON.parse(match[1]!) as Record<string, unknown>;
      if (typeof value.ok === "boolean") return value as ActionOutcome;
    } catch {
      // not a JSON row
    }
  }
  throw new Error(`Action ${id} returned no result: ${text.slice(0, 200)}`);
}
