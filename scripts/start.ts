// `npm start`: prepares the database (migrate, seed an empty one, first admin),
// builds if the build is missing or stale, then serves the app with `next start`.
import { spawn, spawnSync } from "node:child_process";
import { env } from "@/lib/env";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/seed/demo";
import { ensureFirstAdmin } from "@/lib/users/bootstrap";
import { loadOrCreateLocalSecret } from "@/lib/auth/local-secret";
import { buildIsStale } from "./build-if-needed";

const NEXT_BIN = "node_modules/next/dist/bin/next";
const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!env.NEXTAUTH_SECRET) {
  childEnv.NEXTAUTH_SECRET = loadOrCreateLocalSecret();
  console.log("Using the local sign-in secret in data/.auth-secret (set NEXTAUTH_SECRET in production).");
}
childEnv.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;

console.log(`Database: ${env.DATABASE_URL.startsWith("file:") ? env.DATABASE_URL : "PostgreSQL (DATABASE_URL)"}`);
await migrate(env.DATABASE_URL, console.log);
const db = createDb(env.DATABASE_URL);
try {
  if ((await db.article.count()) === 0) {
    console.log("Empty database: loading the demo article.");
    await seedDemo(db, console.log);
  }
  const admin = await ensureFirstAdmin(db);
  if (admin) {
    console.log("\n  First administrator account created. This password is shown only once:");
    console.log(`    email:    ${admin.email}\n    password: ${admin.password}\n`);
  }
} finally {
  await db.$disconnect();
}

if (buildIsStale()) {
  console.log("Building the app (first start or sources changed)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: childEnv });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`Starting the claims desk on http://localhost:${env.PORT}`);
const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(env.PORT)], { stdio: "inherit", env: childEnv });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
