import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

import { E2E_BASE_URL as baseURL, E2E_DATABASE_URL, E2E_PORT } from "./e2e/env";

// Debian's Chromium where present (CI and these machines cannot download browsers);
// elsewhere Playwright's own browser, so a contributor's laptop still runs the suite.
const systemChromium = "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? { executablePath: systemChromium, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"] }
  : {};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  globalSetup: "./e2e/global-setup.ts",
  use: { baseURL, trace: "retain-on-failure", launchOptions },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
    url: `${baseURL}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      PORT: String(E2E_PORT),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnop",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
