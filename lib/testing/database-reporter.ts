// Prints how many tests ran against each database, so a run shows at a glance that
// the PostgreSQL tests executed (or were skipped). Test names carry "[sqlite]" or
// "[postgresql]" (describe.each over TEST_DATABASES; Vitest may quote the name).
import type { Reporter, TestModule } from "vitest/node";

export default class DatabaseReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { sqlite: { passed: 0, failed: 0, skipped: 0 }, postgresql: { passed: 0, failed: 0, skipped: 0 } };
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        // describe.each prints the name quoted: "data layer ['postgresql']"
        const db = /\['?(sqlite|postgresql)'?\]/.exec(test.fullName)?.[1] as "sqlite" | "postgresql" | undefined;
        if (!db) continue;
        const state = test.result().state;
        if (state === "passed") counts[db].passed++;
        else if (state === "failed") counts[db].failed++;
        else counts[db].skipped++;
      }
    }
    for (const [db, c] of Object.entries(counts)) {
      console.log(`Database tests on ${db}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    }
    if (counts.postgresql.passed + counts.postgresql.failed === 0) {
      console.log("No tests ran against PostgreSQL (TEST_DATABASE_URL unset).");
    }
  }
}
