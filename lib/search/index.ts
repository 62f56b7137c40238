// The app's search entry point: searchClaims on the app's database.
import "server-only";
import { db } from "@/lib/db";
import { env, isPostgresUrl } from "@/lib/env";
import { searchClaims, type SearchResult } from "./engine";
import type { SearchParams } from "./schema";

export const DB_PROVIDER = isPostgresUrl(env.DATABASE_URL) ? "postgresql" : "sqlite";

export function search(params: SearchParams): Promise<SearchResult> {
  return searchClaims(db, DB_PROVIDER, params);
}

export type { SearchHit, SearchResult } from "./engine";
