// Session and token shapes for this app (module augmentation, not casts).
import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: Role } & Omit<DefaultSession["user"], "name" | "email">;
  }
  interface User {
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
  }
}
