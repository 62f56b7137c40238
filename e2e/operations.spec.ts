import { expect, test } from "@playwright/test";

test("the health endpoint reports the database reachable and migrations current", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", checks: { database: "ok", migrations: "ok" } });
});
