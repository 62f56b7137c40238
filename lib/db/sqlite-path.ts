import path from "node:path";

/** Absolute file path of a `file:` SQLite URL, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  // turbopackIgnore: the path is only known at run time; nothing here needs tracing.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
