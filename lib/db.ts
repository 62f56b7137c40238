// The app's one Prisma client, kept on globalThis so dev-mode reloads reuse it.
import { createDb, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { claimsDeskDb?: Db };

export const db: Db = globalForDb.claimsDeskDb ?? createDb(env.DATABASE_URL);
globalForDb.claimsDeskDb = db;

export type { Db };
