// The account CLIs (`npm run user:create`, `npm run user:reset-password`): argument
// parsing and the work, separated from process handling so they can be tested.
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import { generatePassword, passwordProblem } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/roles";
import { DomainError } from "@/lib/actions/errors";
import { createAccount, resetPassword } from "@/lib/users/service";
import { emailSchema, nameSchema, roleSchema } from "@/lib/users/schemas";

export class UsageError extends Error {}

export const CREATE_USAGE = `Usage: npm run user:create -- --email <email> --role <${ROLES.join("|")}> [--name <name>] [--password <password>]
  Without --password a random password is generated and printed once.`;
export const RESET_USAGE = `Usage: npm run user:reset-password -- --email <email> [--password <password>]
  Without --password a random password is generated and printed once.`;

function parse(argv: string[], options: ParseArgsConfig["options"], usage: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as Record<string, string | undefined>;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
}

function check<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`${what}: ${result.error.issues[0]?.message ?? "invalid"}`);
  return result.data;
}

function chosenPassword(given: string | undefined): { password: string; generated: boolean } {
  if (given === undefined) return { password: generatePassword(), generated: true };
  const problem = passwordProblem(given);
  if (problem) throw new UsageError(`--password: ${problem}`);
  return { password: given, generated: false };
}

export async function runUserCreate(db: Db, argv: string[]): Promise<string> {
  const args = parse(argv, { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" } }, CREATE_USAGE);
  if (!args.email || !args.role) throw new UsageError(`--email and --role are required.\n${CREATE_USAGE}`);
  const email = check(emailSchema, args.email, "--email");
  const role = check(roleSchema, args.role, "--role");
  const name = check(nameSchema, args.name ?? email.split("@")[0], "--name");
  const { password, generated } = chosenPassword(args.password);
  const { account } = await createAccount(db, { setup: "password", email, name, role, password }, null).catch(rethrowAsUsage);
  return [`Created ${account.role} account ${account.email} (${account.name}).`, generated ? `Password (shown only once): ${password}` : "Password: as given."].join("\n");
}

export async function runUserResetPassword(db: Db, argv: string[]): Promise<string> {
  const args = parse(argv, { email: { type: "string" }, password: { type: "string" } }, RESET_USAGE);
  if (!args.email) throw new UsageError(`--email is required.\n${RESET_USAGE}`);
  const email = check(emailSchema, args.email, "--email");
  const { password, generated } = chosenPassword(args.password);
  const account = await resetPassword(db, email, password).catch(rethrowAsUsage);
  return [`New password set for ${account.email}.`, generated ? `Password (shown only once): ${password}` : "Password: as given."].join("\n");
}

function rethrowAsUsage(error: unknown): never {
  if (error instanceof DomainError) throw new UsageError(error.message);
  throw error;
}

/** Runs a CLI against a database URL: migrates first, prints the result, sets the exit code. */
export async function main(url: string, run: (db: Db) => Promise<string>, deps: { migrate: (url: string) => Promise<unknown>; createDb: (url: string) => Db }) {
  let db: Db | undefined;
  try {
    await deps.migrate(url);
    db = deps.createDb(url);
    console.log(await run(db));
  } catch (error) {
    console.error(error instanceof UsageError ? `Error: ${error.message}` : error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  } finally {
    await db?.$disconnect();
  }
}
