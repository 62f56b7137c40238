// Property-based: every server action, called by a user allowed to call it, with
// random and boundary inputs derived from its valid input. Whatever comes in, the
// action answers with data (never an unexpected "server" failure, i.e. no 500), and a
// refused input leaves every table exactly as it was (no partial write).
import fc from "fast-check";
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

import type { ActionResult } from "@/lib/actions/action";
import { ACTION_MODULES, type ActionFixture } from "@/lib/actions/registry";
import { buildActionFixture } from "@/lib/testing/action-fixture";
import { freshDatabase, TEST_DATABASES } from "@/lib/testing/databases";
import { snapshotTables } from "@/lib/testing/table-snapshot";

const target = TEST_DATABASES[0]!;
const loaded = await Promise.all(Object.entries(ACTION_MODULES).map(async ([file, entry]) => ({ file, entry, exports: await entry.load() })));

// Values that have broken real apps: wrong types, empty and huge strings, markup,
// odd unicode, non-http URLs, numbers at the edges.
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.constantFrom("", " ", "\u0000", "javascript:alert(1)", "<script>x</script>", "'; DROP TABLE \"Claim\"; --", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "9999-99-99", "-1", "NaN"),
  fc.integer(),
  fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, 1e308, Number.NaN),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

describe("server actions under hostile input [sqlite]", () => {
  let db: Db;
  let fx: ActionFixture;
  let adminId = "";

  beforeAll(async () => {
    db = await freshDatabase(target, "hostile");
    session.db = db;
    fx = (await buildActionFixture(db, "hostile.test")).fx;
    adminId = fx.users.admin.id;
  });
  afterAll(async () => {
    session.db = undefined;
    await db?.$disconnect();
  });

  for (const { file, entry, exports } of loaded) {
    for (const [name, action] of Object.entries(exports)) {
      const expected = entry.actions[name];
      if (!expected || typeof action !== "function") continue;
      const call = action as (input: unknown) => Promise<ActionResult<unknown>>;
      it(`${file} → ${name} answers every input with data and writes nothing when it refuses`, async () => {
        // The admin may call everything (public actions ignore the session).
        session.userId = adminId;
        const valid = (await expected.validInput(fx)) as Record<string, unknown>;
        const keys = Object.keys(valid ?? {});
        const mutated = fc.oneof(
          fc.anything({ maxDepth: 2 }),
          keys.length
            ? fc.record({ key: fc.constantFrom(...keys), value: hostileValue }).map(({ key, value }) => ({ ...valid, [key]: value }))
            : fc.anything({ maxDepth: 1 }),
        );
        await fc.assert(
          fc.asyncProperty(mutated, async (input) => {
            const before = await snapshotTables(db, target);
            const result = await call(input);
            expect(result.ok || result.code !== "server", JSON.stringify(result)).toBe(true);
            if (!result.ok) expect(await snapshotTables(db, target)).toEqual(before);
          }),
          { numRuns: 25 },
        );
      });
    }
  }
});
