import path from "node:path";

/** Absolute file path of a `file:` SQLite URL, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.resolve(process.cwd(), file);
}
