import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH, passwordProblem, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).not.toContain("correct horse battery");
    expect(hash).toMatch(/^\$2[aby]\$12\$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts each hash, so equal passwords do not give equal hashes", async () => {
    expect(await hashPassword("same password here")).not.toBe(await hashPassword("same password here"));
  });

  it("generates long random passwords that pass the policy", () => {
    const a = generatePassword();
    expect(passwordProblem(a)).toBeNull();
    expect(a).not.toBe(generatePassword());
  });

  it("refuses passwords that are too short or past bcrypt's 72 bytes", () => {
    expect(passwordProblem("x".repeat(MIN_PASSWORD_LENGTH - 1))).toMatch(/at least/);
    expect(passwordProblem("x".repeat(MIN_PASSWORD_LENGTH))).toBeNull();
    expect(passwordProblem("é".repeat(37))).toMatch(/at most 72 bytes/);
  });
});
