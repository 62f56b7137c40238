// Durability under real processes: a server killed with SIGKILL in the middle of a
// write burst loses nothing it acknowledged and leaves an intact database; editors
// writing the same and different claims at once while readers read get no errors but
// the documented stale-version refusal, and no update or history row goes missing.
// These tests start their own production server (the build `npm test` just made) on
// their own SQLite file and port.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import { actionId, callAction, signInCookie, type ActionOutcome } from "@/lib/testing/http-client";

const PORT = 3190;
const BASE = `http://127.0.0.1:${PORT}`;
const FILE = "data/durability.db";
const URL_ = `file:./${FILE}`;
const DIST = process.env.NEXT_DIST_DIR || ".next";
const SECRET = "durability-test-secret-0123456789abcdef";
const PASSWORD = "durability-password-1";

test.describe.configure({ mode: "serial", timeout: 120_000 });

let db: Db;
let server: ChildProcess | null = null;

async function startServer() {
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: { ...process.env, DATABASE_URL: URL_, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: BASE, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

async function stopServer(signal: NodeJS.Signals) {
  const running = server;
  server = null;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((r) => running.once("exit", r));
  running.kill(signal);
  await exited;
}

test.beforeAll(async () => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(FILE + suffix, { force: true });
  await migrate(URL_);
  db = createDb(URL_);
  await seedDemo(db);
  const passwordHash = await hashPassword(PASSWORD);
  for (let i = 0; i < 4; i++) {
    await db.user.create({ data: { email: `writer${i}@durability.test`, name: `Writer ${i}`, role: "editor", passwordHash } });
  }
  await startServer();
});

test.afterAll(async () => {
  await stopServer("SIGTERM");
  await db?.$disconnect();
});

test("a server killed mid-burst keeps every acknowledged write and an intact database", async () => {
  const cookie = await signInCookie(BASE, "writer0@durability.test", PASSWORD, "10.9.0.1");
  const claim = await db.claim.findFirstOrThrow({ select: { id: true, articleId: true } });
  const addEvidence = actionId(DIST, "lib/desk/claim-actions.ts", "addEvidence");
  const acknowledged: string[] = [];
  let n = 0;
  let killing = false;

  const writer = async () => {
    while (!killing || server) {
      const source = `crash-burst-${n++}`;
      try {
        const result = await callAction(BASE, `/desk/articles/${claim.articleId}`, addEvidence,
          { claimId: claim.id, kind: "document", stance: "supports", sourceName: source, url: "", excerpt: "", publishedAt: "" }, { Cookie: cookie });
        if (result.ok) acknowledged.push(source);
      } catch {
        return; // the server is gone
      }
    }
  };
  const writers = Array.from({ length: 4 }, writer);
  while (acknowledged.length < 30) await new Promise((r) => setTimeout(r, 20));
  killing = true;
  await stopServer("SIGKILL");
  await Promise.all(writers);

  const sqlite = new Database(FILE);
  expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  sqlite.close();
  await startServer();
  const stored = new Set((await db.evidence.findMany({ where: { sourceName: { startsWith: "crash-burst-" } }, select: { sourceName: true } })).map((e) => e.sourceName));
  expect(acknowledged.length).toBeGreaterThanOrEqual(30);
  expect(acknowledged.filter((source) => !stored.has(source))).toEqual([]);
});

test("editors writing the same and different claims while readers read lose nothing", async () => {
  const save = actionId(DIST, "lib/desk/claim-actions.ts", "saveClaim");
  const cookies = await Promise.all([0, 1, 2, 3].map((i) => signInCookie(BASE, `writer${i}@durability.test`, PASSWORD, `10.9.1.${i}`)));
  const claims = await db.claim.findMany({ where: { lockedAt: null }, select: { id: true, articleId: true }, take: 5, orderBy: { anchorStart: "asc" } });
  const shared = claims[0]!;
  const own = claims.slice(1);
  const sharedVersionBefore = (await db.claim.findUniqueOrThrow({ where: { id: shared.id } })).version;
  const historyBefore = await db.statusChange.count({ where: { claimId: { in: own.map((c) => c.id) } } });
  const unexpected: ActionOutcome[] = [];
  let sharedSaves = 0, staleRefusals = 0, statusSaves = 0, readsFailed = 0;
  let writing = true;

  const editor = async (i: number) => {
    const mine = own[i]!;
    for (let round = 0; round < 8; round++) {
      // The shared claim: read its version as the page would, then save on top of it.
      for (;;) {
        const { version } = await db.claim.findUniqueOrThrow({ where: { id: shared.id }, select: { version: true } });
        const result = await callAction(BASE, `/desk/articles/${shared.articleId}`, save,
          { claimId: shared.id, expectedVersion: version, rationale: `writer ${i} round ${round}` }, { Cookie: cookies[i]! });
        if (result.ok) { sharedSaves++; break; }
        if (result.code === "conflict") { staleRefusals++; continue; }
        unexpected.push(result);
        break;
      }
      // Its own claim: a status change, which must leave one history row.
      const current = await db.claim.findUniqueOrThrow({ where: { id: mine.id }, select: { version: true, status: true } });
      const next = current.status === "confirmed" ? "denied" : "confirmed";
      const result = await callAction(BASE, `/desk/articles/${mine.articleId}`, save,
        { claimId: mine.id, expectedVersion: current.version, status: next, statusReason: `writer ${i} round ${round}` }, { Cookie: cookies[i]! });
      if (result.ok) statusSaves++;
      else unexpected.push(result);
    }
  };
  const reader = async () => {
    while (writing) {
      for (const path of [`/claims/${shared.id}`, "/"]) {
        const response = await fetch(BASE + path);
        if (response.status !== 200) readsFailed++;
        await response.text();
      }
    }
  };
  const readers = [reader(), reader()];
  await Promise.all([0, 1, 2, 3].map(editor));
  writing = false;
  await Promise.all(readers);

  expect(unexpected).toEqual([]);
  expect(readsFailed).toBe(0);
  expect(sharedSaves).toBe(32);
  // Every acknowledged save of the shared claim bumped its version exactly once.
  expect((await db.claim.findUniqueOrThrow({ where: { id: shared.id } })).version).toBe(sharedVersionBefore + sharedSaves);
  // Every acknowledged status change has its history row.
  expect(await db.statusChange.count({ where: { claimId: { in: own.map((c) => c.id) } } })).toBe(historyBefore + statusSaves);
  expect(statusSaves).toBe(32);
  console.log(`concurrent editors: ${sharedSaves} shared saves, ${staleRefusals} stale-version refusals (retried), ${statusSaves} status changes`);
});

test("SIGTERM lets in-flight requests finish before the server exits", async () => {
  const inFlight = Array.from({ length: 6 }, () => fetch(`${BASE}/articles/ukraine-peace-talks-stall-after-witkoff-leak`).then((r) => r.status));
  await new Promise((r) => setTimeout(r, 30));
  await stopServer("SIGTERM");
  expect(await Promise.all(inFlight)).toEqual([200, 200, 200, 200, 200, 200]);
  const sqlite = new Database(FILE);
  expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  sqlite.close();
});
