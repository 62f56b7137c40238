// Generates the two Prisma clients (SQLite and PostgreSQL) after `npm install`.
// Both are needed because one build serves either database, chosen at run time
// from DATABASE_URL. The PostgreSQL schema is derived from the SQLite one so the
// two can never drift: only the datasource block differs.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const sqliteSchema = readFileSync("prisma/schema.prisma", "utf8");
const pgSchema = sqliteSchema
  .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
  .replace(/url\s*=\s*"file:[^"]*"/, 'url      = env("DATABASE_URL")')
  .replace(/output\s*=\s*"[^"]*"/, 'output          = "../../generated/postgres"');
mkdirSync("prisma/postgres", { recursive: true });
writeFileSync(
  "prisma/postgres/schema.prisma",
  "// GENERATED from prisma/schema.prisma by scripts/generate-clients.mjs: edit that file instead.\n" + pgSchema,
);

const prisma = "node_modules/prisma/build/index.js";
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  console.log(`Generating Prisma client for ${schema}`);
  execFileSync(process.execPath, [prisma, "generate", "--schema", schema], {
    stdio: "inherit",
    // generate never connects; the PostgreSQL schema only needs the variable to exist.
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "postgresql://127.0.0.1/postgres", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
