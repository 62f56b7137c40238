// What the sign-in page says for next-auth's error codes. Deliberately the same
// message for an unknown email and a wrong password.
import { LOCKED_OUT_ERROR } from "@/lib/auth/sign-in-codes";

export const WRONG_CREDENTIALS_MESSAGE = "The email or password is not correct. Check both and try again.";

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith(LOCKED_OUT_ERROR)) {
    const seconds = Number(code.split(":")[1]);
    const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : null;
    return `Too many failed sign-in attempts. Sign-in is paused for this account or connection; try again ${
      minutes ? `in ${minutes} minute${minutes === 1 ? "" : "s"}` : "later"
    }.`;
  }
  if (code === "CredentialsSignin") return WRONG_CREDENTIALS_MESSAGE;
  return "Sign-in did not work. Please try again.";
}
