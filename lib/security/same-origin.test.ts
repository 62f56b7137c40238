import { describe, expect, it } from "vitest";
import { isCrossSiteMutation } from "./same-origin";

describe("isCrossSiteMutation", () => {
  it("lets reads through from anywhere", () => {
    expect(isCrossSiteMutation("GET", "https://evil.example", "desk.example")).toBe(false);
    expect(isCrossSiteMutation("OPTIONS", null, "desk.example")).toBe(false);
  });

  it("accepts a write from the site itself", () => {
    expect(isCrossSiteMutation("POST", "https://desk.example", "desk.example")).toBe(false);
    expect(isCrossSiteMutation("delete", "http://127.0.0.1:3100", "127.0.0.1:3100")).toBe(false);
  });

  it("refuses writes from another site, or with no or a malformed Origin", () => {
    expect(isCrossSiteMutation("POST", "https://evil.example", "desk.example")).toBe(true);
    expect(isCrossSiteMutation("POST", "https://desk.example.evil.example", "desk.example")).toBe(true);
    expect(isCrossSiteMutation("PUT", null, "desk.example")).toBe(true);
    expect(isCrossSiteMutation("PATCH", "null", "desk.example")).toBe(true);
  });
});
