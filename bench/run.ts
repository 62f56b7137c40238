// `npm run bench [-- --quick]`: builds if needed, generates (or reuses) a synthetic
// archive, starts the production server on it and drives it with autocannon from this
// process. Prints a table (each figure also as a ratio to the static baseline of the
// same run) and writes bench/results/latest.json. SQLite by default; PostgreSQL when
// DATABASE_URL is a postgres URL (separate claims_bench_* databases on that server).
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { isPostgresUrl } from "@/lib/env";
import { buildIsStale } from "@/scripts/build-if-needed";
import { ensureArchive } from "./databases";
import { runLoad, type LoadResult, type LoadSpec } from "./load";
import { startServer, type BenchServer } from "./server";
import { extraWorkloads } from "./workloads";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
const quick = values.quick!;
const LARGE = quick ? { articles: 50, claimsPerArticle: 100 } : { articles: 1000, claimsPerArticle: 100 };
const SMALL = { articles: 10, claimsPerArticle: 100 };
const SECONDS = quick ? 3 : 8;
const CONNECTIONS = 32;
const EDITOR_SAVES_PER_SECOND = 5;
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const BENCH_SECRET = "benchmark-only-secret-0123456789abcdef";
const database = isPostgresUrl(process.env.DATABASE_URL ?? "") ? "postgresql" : "sqlite";

const SEARCH_PAGES = ["/search?q=peace+plan", "/search?q=Witkoff", "/search?q=sanctions+package&status=denied", "/search?q=Kowalski+deficit"];
const SEARCH_API = ["/api/search?q=peace+plan", "/api/search?q=Witkoff", "/api/search?q=grain+exports", "/api/search?q=ceasefire"];
const NO_PAGE_CACHE = { PAGE_CACHE_MB: "0" };

/**
 * Queries no one asked before: a name and a topic word, and a throwaway parameter so
 * that no URL repeats within a run (each request is a page-cache miss).
 */
function distinctSearches(): string[] {
  const names = ["Anna", "Yuri", "Maria", "Dmitri", "Olena", "Steve", "Sergei", "Ursula", "Keir", "Olaf", "Kowalski", "Petrov", "Novak", "Tanaka"];
  const topics = ["peace", "ceasefire", "grain", "sanctions", "gas", "prisoner", "security", "reconstruction", "border", "energy", "budget", "Geneva"];
  const statuses = ["", "&status=denied", "&status=confirmed", "&status=unverified"];
  return names.flatMap((name) => topics.flatMap((topic) => statuses.flatMap((status) =>
    Array.from({ length: 20 }, () => `/api/search?q=${name}+${topic}${status}&r=${Math.random().toString(36).slice(2)}`),
  )));
}

type Row = LoadResult & { peakRssMiB: number; archiveClaims: number; connections: number; cpuMsPerRequest: number };
const rows: Row[] = [];

async function measure(server: BenchServer, archiveClaims: number, spec: Omit<LoadSpec, "baseUrl" | "seconds"> & { seconds?: number }) {
  process.stdout.write(`  ${spec.name} (${spec.connections} connections, ${spec.seconds ?? SECONDS} s)… `);
  // Warm-up: the first request to a route loads its code; measure steady state.
  for (const path of (spec.paths.length ? spec.paths : ["/about"]).slice(0, 3)) await fetch(server.baseUrl + path).then((r) => r.text());
  server.takePeakRssMiB();
  server.takeCpuMs();
  const result = await runLoad({ seconds: SECONDS, ...spec, baseUrl: server.baseUrl });
  const cpuMsPerRequest = +(server.takeCpuMs() / Math.max(1, result.requests)).toFixed(2);
  const row = { ...result, peakRssMiB: server.takePeakRssMiB(), archiveClaims, connections: spec.connections, cpuMsPerRequest };
  rows.push(row);
  console.log(`${row.rps} req/s, p95 ${row.p95} ms, errors ${row.errors + row.non2xx}`);
  return row;
}

async function samplePaths(url: string) {
  const db = createDb(url);
  try {
    const articles = await db.article.findMany({ select: { slug: true }, where: { slug: { startsWith: "bench-" } }, orderBy: { id: "asc" } });
    const claims = await db.claim.findMany({ select: { id: true }, take: 500, orderBy: { id: "asc" } });
    const [top] = await db.claim.groupBy({ by: ["speakerId"], _count: { _all: true }, orderBy: { _count: { speakerId: "desc" } }, take: 1 });
    const speaker = await db.speaker.findUniqueOrThrow({ where: { id: top!.speakerId }, select: { slug: true } });
    const trackRecord = top!._count._all;
    const firstPage = await db.article.findMany({ orderBy: { id: "asc" }, take: 20, select: { id: true } });
    // The popular claim is in the popular article, which editor workloads never touch.
    const popular = await db.claim.findFirstOrThrow({ where: { article: { slug: articles[0]!.slug } }, orderBy: { anchorStart: "asc" }, select: { id: true } });
    return {
      articles: articles.map((a) => `/articles/${a.slug}`), claims: claims.map((c) => `/claims/${c.id}`), popularClaim: `/claims/${popular.id}`,
      speaker: `/speakers/${speaker.slug}`, trackRecord, cursor: firstPage.at(-1)!.id,
    };
  } finally {
    await db.$disconnect();
  }
}

console.log(`Benchmark on ${database}${quick ? " (quick)" : ""}: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
if (buildIsStale()) {
  console.log("Building the app…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log("Preparing archives…");
const largeUrl = await ensureArchive(LARGE);
const smallUrl = await ensureArchive(SMALL);
const largeClaims = LARGE.articles * LARGE.claimsPerArticle;
const smallClaims = SMALL.articles * SMALL.claimsPerArticle;

console.log(`\nServer on the ${largeClaims}-claim archive:`);
const paths = await samplePaths(largeUrl);
let server = await startServer(largeUrl, PORT, BENCH_SECRET);
try {
  await measure(server, largeClaims, { name: "static baseline (/about)", paths: ["/about"], connections: CONNECTIONS });
  // A fact-check going viral: everyone loads the same pages (served by the page cache).
  await measure(server, largeClaims, { name: "article page (100 claims)", paths: [paths.articles[0]!], connections: CONNECTIONS });
  // Browsers ask for gzip: Next compresses every response, cached or not.
  await measure(server, largeClaims, { name: "article page, gzip", paths: [paths.articles[0]!], connections: CONNECTIONS, headers: { "Accept-Encoding": "gzip, deflate, br" } });
  await measure(server, largeClaims, { name: "claim page", paths: [paths.popularClaim], connections: CONNECTIONS });
  await measure(server, largeClaims, { name: `speaker page (${paths.trackRecord} claims)`, paths: [paths.speaker], connections: CONNECTIONS });
  await measure(server, largeClaims, { name: "search page", paths: SEARCH_PAGES, connections: CONNECTIONS });
  await measure(server, largeClaims, { name: "search API", paths: SEARCH_API, connections: CONNECTIONS });
  await measure(server, largeClaims, { name: "API article list (paged)", paths: ["/api/articles?limit=20", `/api/articles?limit=20&cursor=${paths.cursor}`], connections: CONNECTIONS });
  await measure(server, largeClaims, { name: "search API, distinct queries", paths: distinctSearches(), connections: CONNECTIONS });
  await measure(server, largeClaims, { name: "search API, distinct, 1 connection", paths: distinctSearches(), connections: 1 });
  const extras = await extraWorkloads({ baseUrl: server.baseUrl, databaseUrl: largeUrl, distDir: DIST_DIR, secret: BENCH_SECRET });
  for (const spec of extras) {
    const row = await measure(server, largeClaims, spec);
    await spec.verify?.(row);
  }
  // Readers while editors work elsewhere: every save makes every cached page stale
  // (one content version for the whole site), so the popular page is rendered again.
  const saves = extras[0]!;
  const writing = runLoad({ ...saves, name: "background saves", seconds: SECONDS, overallRate: EDITOR_SAVES_PER_SECOND, baseUrl: server.baseUrl });
  await measure(server, largeClaims, { name: `article page while editors save ${EDITOR_SAVES_PER_SECOND}/s`, paths: [paths.articles[0]!], connections: CONNECTIONS });
  const background = await writing;
  console.log(`    background saves: ${background.requests - background.errors} acknowledged, ${background.errors + background.non2xx} errors`);
} finally {
  await server.stop();
}

// The same pages rendered for every request (page cache off): what a first load costs,
// what a crawler walking the archive costs, and whether the queries behind a page slow
// down as the archive grows.
console.log(`\nServer on the ${largeClaims}-claim archive, page cache off:`);
server = await startServer(largeUrl, PORT, BENCH_SECRET, NO_PAGE_CACHE);
try {
  await measure(server, largeClaims, { name: "article page, rendered (100 claims)", paths: paths.articles, connections: CONNECTIONS });
  await measure(server, largeClaims, { name: "claim page, rendered", paths: paths.claims, connections: CONNECTIONS });
} finally {
  await server.stop();
}

console.log(`\nServer on the ${smallClaims}-claim archive (does cost grow with archive size?):`);
const smallPaths = await samplePaths(smallUrl);
server = await startServer(smallUrl, PORT, BENCH_SECRET);
try {
  await measure(server, smallClaims, { name: "static baseline (/about)", paths: ["/about"], connections: CONNECTIONS });
  await measure(server, smallClaims, { name: "article page (100 claims)", paths: [smallPaths.articles[0]!], connections: CONNECTIONS });
} finally {
  await server.stop();
}
server = await startServer(smallUrl, PORT, BENCH_SECRET, NO_PAGE_CACHE);
try {
  await measure(server, smallClaims, { name: "article page, rendered (100 claims)", paths: smallPaths.articles, connections: CONNECTIONS });
} finally {
  await server.stop();
}

// Ratios travel between machines; absolute figures do not.
const baseline = (claims: number) => rows.find((r) => r.archiveClaims === claims && r.name.startsWith("static"))!;
console.log(`\nResults (${database}; ratio = throughput relative to the static baseline of the same server):`);
console.log("(CPU ms/req: the server's CPU time per request, whatever the load generator costs.)");
console.log(["workload".padEnd(36), "claims".padStart(7), "req/s".padStart(7), "ratio".padStart(6), "p50".padStart(6), "p95".padStart(6), "p99".padStart(6), "errors".padStart(7), "RSS MiB".padStart(8), "CPU ms/req".padStart(11)].join(" "));
for (const r of rows) {
  const ratio = r.rps / Math.max(1, baseline(r.archiveClaims).rps);
  console.log([r.name.padEnd(36), String(r.archiveClaims).padStart(7), String(r.rps).padStart(7), ratio.toFixed(2).padStart(6), `${r.p50}`.padStart(6), `${r.p95}`.padStart(6), `${r.p99}`.padStart(6), String(r.errors + r.non2xx).padStart(7), String(r.peakRssMiB).padStart(8), r.cpuMsPerRequest.toFixed(2).padStart(11)].join(" "));
}
const growthOf = (name: string) => {
  const large = rows.find((r) => r.archiveClaims === largeClaims && r.name === name)!;
  const small = rows.find((r) => r.archiveClaims === smallClaims && r.name === name)!;
  const growth = large.p95 / Math.max(1, small.p95);
  console.log(`${name} p95: ${large.p95} ms on ${largeClaims} claims vs ${small.p95} ms on ${smallClaims} claims (×${growth.toFixed(2)}).`);
  return +growth.toFixed(3);
};
console.log("");
const growth = growthOf("article page (100 claims)");
const renderedGrowth = growthOf("article page, rendered (100 claims)");

mkdirSync("bench/results", { recursive: true });
const report = {
  ranAt: new Date().toISOString(),
  quick,
  database,
  machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, cpu: os.cpus()[0]?.model },
  workloads: rows.map((r) => ({ ...r, ratioToBaseline: +(r.rps / Math.max(1, baseline(r.archiveClaims).rps)).toFixed(3) })),
  articlePageP95GrowthLargeVsSmall: growth,
  renderedArticlePageP95GrowthLargeVsSmall: renderedGrowth,
};
writeFileSync("bench/results/latest.json", JSON.stringify(report, null, 2) + "\n");
console.log("Wrote bench/results/latest.json");
