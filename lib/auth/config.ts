// next-auth configuration: email + password (Credentials provider), JWT sessions.
// The token carries the user's id, the role they had at sign-in and when they signed in;
// authorization never trusts that role (see lib/auth/authorize.ts, which re-reads it per
// request) and refuses a session signed in before the user's sessionsValidAfter.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/auth/login-limiter";
import { authenticate, LOCKED_OUT_ERROR, loginLimiter } from "@/lib/auth/sign-in";
import { endAllSessions } from "@/lib/auth/sessions-valid";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const outcome = await authenticate(db, loginLimiter, {
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          address: clientAddress(req?.headers),
        });
        if (outcome.ok) return outcome.user;
        // A thrown error's message reaches the sign-in page as `error`; null means "wrong credentials".
        if (outcome.reason === "locked") throw new Error(`${LOCKED_OUT_ERROR}:${outcome.retryAfterSeconds}`);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.role) {
        session.user = { id: token.sub, name: token.name ?? "", email: token.email ?? "", role: token.role };
        session.signedInAt = token.signedInAt ?? 0;
      }
      return session;
    },
  },
  events: {
    // Signing out ends every session of the account, on every device: the session is a
    // token the server cannot forget, so the account records when sessions stop counting.
    async signOut({ token }) {
      if (token?.sub) await endAllSessions(db, token.sub);
    },
  },
};
