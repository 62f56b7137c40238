import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/admin")).toBe("/admin");
    expect(safeCallbackPath("/desk?x=1#y")).toBe("/desk?x=1#y");
    expect(safeCallbackPath("http://127.0.0.1:3200/account")).toBe("/account");
  });

  it("never leaves the site and falls back to the desk", () => {
    expect(safeCallbackPath("https://evil.example/steal")).toBe("/steal");
    expect(safeCallbackPath("//evil.example/x")).toBe("/x");
    expect(safeCallbackPath("/\\evil.example")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/desk");
    expect(safeCallbackPath("/login?callbackUrl=/admin")).toBe("/desk");
    expect(safeCallbackPath(["/account", "/admin"])).toBe("/account");
  });
});
