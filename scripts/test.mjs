// `npm test`: the whole suite, stopping at the first failing stage.
// typecheck → lint → unit/integration (Vitest, SQLite and PostgreSQL when available)
// → production build → browser tests (Playwright) against that build on SQLite.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const node = process.execPath;
const stages = [
  ["Typecheck", ["node_modules/next/dist/bin/next", "typegen"]],
  ["Typecheck", ["node_modules/typescript/bin/tsc", "--noEmit"]],
  ["Lint", ["node_modules/eslint/bin/eslint.js", ".", "--max-warnings=0"]],
  ["Unit and integration tests", ["node_modules/vitest/vitest.mjs", "run"]],
  ["Production build", ["node_modules/next/dist/bin/next", "build"]],
  ["Browser tests", ["node_modules/@playwright/test/cli.js", "test"]],
];

for (const [name, args] of stages) {
  if (name === "Browser tests") {
    // A fresh e2e database each run, so tests never depend on leftovers.
    const port = process.env.E2E_PORT ?? "3100";
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`data/e2e-${port}.db${suffix}`, { force: true });
  }
  console.log(`\n=== ${name}: ${args.slice(1).join(" ") || args[0]}`);
  const result = spawnSync(node, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
console.log("\n✓ All stages passed.");
