// Online backup and restore of the embedded SQLite database. Backups use VACUUM INTO:
// one statement inside a read transaction, so the copy is a consistent snapshot even
// while the server keeps writing (the page-by-page backup API restarts on every
// concurrent write and may never finish on a busy server).
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export class BackupError extends Error {}

export function integrityProblems(file: string): string[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
  } finally {
    sqlite.close();
  }
}

export async function backupSqlite(source: string, destination: string): Promise<void> {
  if (!existsSync(source)) throw new BackupError(`No database at ${source}.`);
  mkdirSync(path.dirname(destination), { recursive: true });
  if (existsSync(destination)) throw new BackupError(`${destination} already exists; choose another name.`);
  const sqlite = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    sqlite.prepare("VACUUM INTO ?").run(destination);
  } finally {
    sqlite.close();
  }
  const problems = integrityProblems(destination);
  if (problems.length) throw new BackupError(`The backup failed its integrity check: ${problems.join("; ")}`);
}

/**
 * Replaces the live database with a backup. The current file is kept beside it first
 * (…before-restore-<time>.db), so a restore never destroys data either.
 */
export async function restoreSqlite(backup: string, target: string): Promise<string | null> {
  if (!existsSync(backup)) throw new BackupError(`No backup at ${backup}.`);
  const problems = integrityProblems(backup);
  if (problems.length) throw new BackupError(`The backup is damaged and was not restored: ${problems.join("; ")}`);
  let kept: string | null = null;
  if (existsSync(target)) {
    kept = target.replace(/\.db$/, "") + `.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}.db`;
    await backupSqlite(target, kept);
  }
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  if (!existsSync(target)) copyFileSync(backup, target);
  return kept;
}
