// The authorization matrix: every server action and mutating route handler, called
// as anonymous, as a disabled user and as each role. See lib/actions/registry.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";

const session = vi.hoisted(() => ({ db: undefined as Db | undefined, userId: null as string | null }));
vi.mock("@/lib/db", () => ({
  get db() {
    return session.db;
  },
}));
vi.mock("@/lib/auth/session", () => ({ getSessionIdentity: async () => (session.userId ? { userId: session.userId, signedInAt: Date.now() } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { actionPolicy, type ActionResult } from "@/lib/actions/action";
import { ACTION_MODULES, ROUTE_HANDLERS, type ActionFixture } from "@/lib/actions/registry";
import { ROLES, roleSatisfies, type Role } from "@/lib/auth/roles";
import { buildActionFixture } from "@/lib/testing/action-fixture";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { snapshotTables } from "@/lib/testing/table-snapshot";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SKIP_DIRS = new Set(["node_modules", "generated", "data", "test-results", "playwright-report", ".git"]);

function sourceFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) || entry.name.startsWith(".next") ? [] : sourceFiles(path.join(dir, entry.name));
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path.join(dir, entry.name)] : [];
  });
}
const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

describe("the mutation registry", () => {
  const files = sourceFiles();

  it("lists every file with server actions", () => {
    const withActions = files.filter((f) => /["']use server["']/.test(readFileSync(f, "utf8"))).map(relative);
    const unlisted = withActions.filter((f) => !(f in ACTION_MODULES) && f !== "lib/actions/registry.ts" && f !== "lib/actions/action.ts");
    expect(unlisted, "add these to ACTION_MODULES in lib/actions/registry.ts (and move inline actions into such a module)").toEqual([]);
  });

  it("lists every route handler that accepts a mutating method", () => {
    const mutating = files
      .filter((f) => /\/route\.(ts|js)$/.test(f))
      .filter((f) => /export\s+(?:async\s+function|const|function|\{[^}]*\bas)\s*(?:POST|PUT|PATCH|DELETE)\b|\bas\s+(POST|PUT|PATCH|DELETE)\b/.test(readFileSync(f, "utf8")))
      .map(relative);
    expect(mutating.filter((f) => !(f in ROUTE_HANDLERS)), "add these to ROUTE_HANDLERS in lib/actions/registry.ts").toEqual([]);
  });

  for (const [file, entry] of Object.entries(ACTION_MODULES)) {
    it(`${file} starts with "use server" and builds every export with the action wrapper`, async () => {
      expect(readFileSync(path.join(ROOT, file), "utf8")).toMatch(/^(\s*\/\/[^\n]*\n)*\s*["']use server["']/);
      const exports = Object.entries(await entry.load());
      expect(exports.length).toBeGreaterThan(0);
      for (const [name, value] of exports) {
        const policy = actionPolicy(value);
        expect(policy, `${file} → ${name} must be built with authorizedAction or publicAction`).toBeDefined();
        expect(entry.actions[name], `${file} → ${name} needs an entry in the registry`).toBeDefined();
        expect(policy?.access, `${file} → ${name}: the registry and the action disagree on who may call it`).toBe(entry.actions[name]?.access);
      }
    });
  }
});

type Caller = { label: string; as: Role | "anonymous" | "disabled" };
const CALLERS: Caller[] = [
  { label: "anonymous", as: "anonymous" },
  { label: "a disabled admin", as: "disabled" },
  ...ROLES.map((role) => ({ label: `${role === "moderator" ? "a" : "an"} ${role}`, as: role })),
];

// Loaded up front so the cases can be generated per export.
const loaded = await Promise.all(
  Object.entries(ACTION_MODULES).map(async ([file, entry]) => ({ file, entry, exports: await entry.load() })),
);

describe.each(TEST_DATABASES)("authorization matrix [$name]", (target) => {
  let db: Db;
  const ids: Partial<Record<Role | "target" | "disabled", { id: string; email: string }>> = {};
  let fx: ActionFixture;

  beforeAll(async () => {
    db = await freshDatabase(target);
    session.db = db;
    const built = await buildActionFixture(db, "matrix.test");
    fx = built.fx;
    Object.assign(ids, fx.users, { disabled: built.disabledAdmin });
  });
  afterAll(async () => {
    session.db = undefined;
    await db?.$disconnect();
  });

  function signInAs(caller: Caller) {
    session.userId = caller.as === "anonymous" ? null : ids[caller.as]!.id;
  }

  for (const { file, entry, exports } of loaded) {
    for (const [name, action] of Object.entries(exports)) {
      const expected = entry.actions[name];
      if (!expected || typeof action !== "function") continue; // reported by the registry test above
      const call = action as (input: unknown) => Promise<ActionResult<unknown>>;
      const access = expected.access;

      // Who is allowed comes from the registry, not from the action itself.
      describe(`${file} → ${name} (${access})`, () => {
        for (const caller of CALLERS) {
          const allowed =
            access === "public" || (caller.as !== "anonymous" && caller.as !== "disabled" && roleSatisfies(caller.as, access));
          it(`${allowed ? "allows" : "refuses"} ${caller.label}`, async () => {
            const input = await expected.validInput(fx);
            signInAs(caller);
            const before = await snapshotTables(db, target);
            const result = await call(input);
            if (allowed) {
              expect(result).toMatchObject({ ok: true });
            } else {
              const expected = caller.as === "anonymous" || caller.as === "disabled" ? "unauthenticated" : "forbidden";
              expect(result).toMatchObject({ ok: false, code: expected });
              expect(await snapshotTables(db, target)).toEqual(before);
            }
          });
        }
      });
    }
  }

  for (const [file, entry] of Object.entries(ROUTE_HANDLERS)) {
    if (entry.access === "public") continue;
    const required = entry.access;
    for (const [method, makeRequest] of Object.entries(entry.requests)) {
      describe(`${file} ${method} (${required})`, () => {
        for (const caller of CALLERS) {
          const allowed = caller.as !== "anonymous" && caller.as !== "disabled" && roleSatisfies(caller.as, required);
          it(`${allowed ? "allows" : "refuses"} ${caller.label}`, async () => {
            const handler = (await entry.load())[method] as (req: Request, ctx: unknown) => Promise<Response>;
            const { request, params = {} } = makeRequest(fx);
            signInAs(caller);
            const before = await snapshotTables(db, target);
            const response = await handler(request, { params: Promise.resolve(params) });
            if (allowed) {
              expect(response.status).toBeLessThan(400);
            } else {
              expect(response.status).toBe(caller.as === "anonymous" || caller.as === "disabled" ? 401 : 403);
              expect(await snapshotTables(db, target)).toEqual(before);
            }
          });
        }
      });
    }
  }
});
