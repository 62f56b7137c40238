// Session and token shapes for this app (module augmentation, not casts).
import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: Role } & Omit<DefaultSession["user"], "name" | "email">;
    /** When this session signed in (ms since the epoch); 0 for sessions from before it was recorded. */
    signedInAt: number;
  }
  interface User {
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** Set once at sign-in and kept when the token is refreshed (unlike iat). */
    signedInAt?: number;
  }
}
