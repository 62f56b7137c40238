// The one place configuration is read from the environment, validated once.
// Scripts and the server both import it; a bad value fails fast with a clear message.
import { z } from "zod";

const DEFAULT_SQLITE_URL = "file:./data/claims.db";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .default(DEFAULT_SQLITE_URL)
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
      message: "must be a SQLite file: URL (file:./data/claims.db) or a postgres:// URL",
    }),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  PUBLISHER_NAME: z.string().min(1).default("The Claims Desk"),
  SITE_URL: z.url().default("http://localhost:3000"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Sign-in brute-force limit: failures allowed per account or per client address in the window.
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  // Reader disputes (lib/disputes/filing.ts): disputes one client address may file per
  // window, the least time between loading the form and sending it (bots are faster),
  // and how long a loaded form stays valid.
  DISPUTE_RATE_LIMIT: z.coerce.number().int().min(1).default(5),
  DISPUTE_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  DISPUTE_MIN_SUBMIT_SECONDS: z.coerce.number().int().min(0).default(3),
  DISPUTE_FORM_MAX_AGE_SECONDS: z.coerce.number().int().min(60).default(86_400),
  // The public page cache (lib/page-cache): memory for rendered pages (0 turns it off)
  // and the longest a page is served before it is rendered again even with no write.
  PAGE_CACHE_MB: z.coerce.number().int().min(0).default(64),
  PAGE_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(1).default(60),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return parsed.data;
}

export const env = load();

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
