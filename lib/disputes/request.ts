// What the dispute actions need to know about the request they run in.
import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { clientAddress } from "@/lib/auth/login-limiter";

/** The client's address from X-Real-IP / X-Forwarded-For, or null outside a request (scripts, tests). */
export async function requestClientAddress(): Promise<string | null> {
  try {
    const h = await headers();
    return clientAddress({ "x-real-ip": h.get("x-real-ip") ?? undefined, "x-forwarded-for": h.get("x-forwarded-for") ?? undefined });
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}
