// Prisma CLI configuration. The "js" engine runs Prisma's schema engine as WASM
// through a driver adapter, so `prisma generate` and `migrate diff` work without
// downloading native engine binaries (see README "Database"). The adapter follows
// DATABASE_URL, like the app: PostgreSQL for postgres:// URLs, SQLite otherwise.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const url = process.env.DATABASE_URL ?? "";
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/migrations" },
  async adapter() {
    return postgres
      ? new PrismaPg({ connectionString: url })
      : new PrismaBetterSQLite3({ url: url.startsWith("file:") ? url : "file:./data/claims.db" });
  },
});
