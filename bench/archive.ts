// Generates a synthetic fact-check archive for the benchmark: N articles × M claims,
// with speakers (a few with very long track records), evidence, links, status
// history and disputes in newsroom-like proportions. Deterministic (seeded PRNG),
// so two runs measure the same data. Rows go in through a BulkWriter: plain
// prepared INSERTs on SQLite (Prisma's createMany costs ~0.5 ms a row there, which
// would make 500k rows take minutes), createMany on PostgreSQL (one multi-row INSERT).
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import type { Db } from "@/lib/db/client";

type Row = Record<string, unknown>;
export type BulkWriter = {
  insert(table: string, rows: Row[]): Promise<void>;
  transaction(work: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
};

/** SQLite: one prepared statement per table; values converted the way Prisma stores them. */
export function sqliteWriter(file: string): BulkWriter {
  const sqlite = new Database(file, { timeout: 5000 });
  const statements = new Map<string, Database.Statement>();
  const toSql = (v: unknown) =>
    v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v === undefined ? null : v;
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0]!);
      const key = `${table}:${columns.join(",")}`;
      let statement = statements.get(key);
      if (!statement) {
        statement = sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES (${columns.map(() => "?").join(",")})`);
        statements.set(key, statement);
      }
      for (const row of rows) statement.run(columns.map((c) => toSql(row[c])));
    },
    async transaction(work) {
      sqlite.exec("BEGIN IMMEDIATE");
      try {
        await work();
        sqlite.exec("COMMIT");
      } catch (error) {
        sqlite.exec("ROLLBACK");
        throw error;
      }
    },
    async close() {
      sqlite.close();
    },
  };
}

const MODEL: Record<string, string> = {
  User: "user", Speaker: "speaker", Article: "article", Claim: "claim", Evidence: "evidence",
  Dispute: "dispute", StatusChange: "statusChange", ClaimLink: "claimLink",
};

/** PostgreSQL (or any database Prisma drives): createMany, one statement per table and batch. */
export function prismaWriter(db: Db): BulkWriter {
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const delegate = (db as unknown as Record<string, { createMany(args: { data: Row[] }): Promise<unknown> }>)[MODEL[table]!]!;
      await delegate.createMany({ data: rows });
    },
    async transaction(work) {
      await work();
    },
    async close() {
      await db.$disconnect();
    },
  };
}

export type ArchiveSize = { articles: number; claimsPerArticle: number };
type Status = "confirmed" | "denied" | "unverified";

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Anna", "Yuri", "Maria", "Dmitri", "Olena", "Steve", "Jared", "Sergei", "Ursula", "Emmanuel", "Keir", "Olaf", "Giorgia", "Pedro", "Recep", "Xi", "Narendra", "Lula", "Kaja", "Antonio"];
const LAST = ["Ivanova", "Petrov", "Kovalenko", "Smith", "Garcia", "Müller", "Rossi", "Dubois", "Novak", "Tanaka", "Okafor", "Silva", "Haddad", "Larsen", "Kowalski", "Jensen", "Moreau", "Fischer", "Romero", "Nowak"];
const ROLES = ["foreign minister", "presidential spokesperson", "special envoy", "deputy prime minister", "defence secretary", "central bank governor", "opposition leader", "senior adviser", "ambassador", "trade commissioner"];
const TOPICS = ["the peace plan", "the ceasefire talks", "grain exports", "the sanctions package", "gas transit", "the prisoner exchange", "security guarantees", "the reconstruction fund", "border crossings", "the energy deal", "Witkoff's visit", "the Kremlin meeting", "NATO membership", "the Donetsk front", "the budget deficit"];
const VERBS = ["said", "denied", "confirmed", "insisted", "claimed", "stressed", "told reporters", "announced"];
const FACTS = ["no agreement had been reached on", "talks would resume next week on", "the government had rejected", "negotiators had made progress on", "there was no deadline for", "a draft had been circulated on", "officials would meet in Geneva to discuss", "spending would rise by 12 percent under"];
const FILLER = ["Negotiations continued late into the evening.", "Observers remained cautious about the outcome.", "The statement came after weeks of speculation.", "Markets reacted calmly to the news.", "Diplomats declined to comment on the record."];

export function makeId(): string {
  return "b" + randomBytes(12).toString("hex");
}

/** Writes the archive; calls onProgress after each batch of articles. */
export async function generateArchive(out: BulkWriter, size: ArchiveSize, onProgress: (done: number, total: number) => void): Promise<void> {
  const rand = prng(20261128);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const speakerCount = Math.max(20, Math.round(size.articles * 2));
  const now = new Date();
  const speakers = Array.from({ length: speakerCount }, (_, i) => ({
    id: makeId(),
    slug: `speaker-${i}`,
    name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
    description: `Synthetic speaker ${i}`,
    createdAt: now,
    updatedAt: now,
  }));
  const editor = { id: makeId(), email: "bench-editor@bench.test", name: "Bench Editor", passwordHash: "!", role: "editor", createdAt: now, updatedAt: now };
  await out.transaction(async () => {
    await out.insert("Speaker", speakers);
    await out.insert("User", [editor]);
  });
  // Zipf-like: a handful of speakers say a large share of everything (long track records).
  const speakerFor = () => speakers[Math.floor(Math.pow(rand(), 2.5) * speakers.length)]!;

  const BATCH = 20;
  for (let start = 0; start < size.articles; start += BATCH) {
    const articles: Row[] = [], claims: Row[] = [], evidence: Row[] = [], history: Row[] = [], links: (Row & { fromClaimId: string; toClaimId: string; type: string })[] = [], disputes: Row[] = [];
    for (let a = start; a < Math.min(size.articles, start + BATCH); a++) {
      const articleId = makeId();
      const published = new Date(Date.UTC(2022, 0, 1) + a * 86_400_000);
      let body = "";
      const articleClaims: { id: string; status: Status }[] = [];
      for (let c = 0; c < size.claimsPerArticle; c++) {
        const speaker = speakerFor();
        const topic = pick(TOPICS);
        const sentence = `${speaker.name.split(" ").slice(0, 2).join(" ")} ${pick(VERBS)} that ${pick(FACTS)} ${topic}.`;
        if (rand() < 0.5) body += pick(FILLER) + " ";
        const anchorStart = body.length;
        body += sentence;
        const anchorEnd = body.length;
        body += c % 5 === 4 ? "\n" : " ";
        const roll = rand();
        const status: Status = roll < 0.25 ? "confirmed" : roll < 0.4 ? "denied" : "unverified";
        const id = makeId();
        articleClaims.push({ id, status });
        claims.push({
          id, articleId, speakerId: speaker.id, speakerRole: pick(ROLES), text: sentence, anchorStart, anchorEnd,
          quote: sentence, status, rationale: status === "unverified" ? "" : `Checked against ${pick(["official records", "a second source", "the transcript"])}.`,
          statedAt: published, createdById: editor.id, updatedById: editor.id, createdAt: published, updatedAt: published,
        });
        for (let e = 0, n = 1 + Math.floor(rand() * 3); e < n; e++) {
          evidence.push({
            id: makeId(), claimId: id, kind: pick(["official_statement", "document", "media_report", "data", "other"] as const),
            stance: pick(["supports", "contradicts", "context"] as const), sourceName: pick(["Reuters", "AP", "Kommersant", "Bloomberg", "Official gazette"]),
            url: "https://example.org/source", excerpt: `Excerpt about ${topic}.`, publishedAt: published, addedById: editor.id,
            createdAt: published, updatedAt: published,
          });
        }
        history.push({ id: makeId(), claimId: id, fromStatus: null, toStatus: "unverified" as Status, reason: "Logged from the article.", actorId: editor.id, createdAt: published });
        if (status !== "unverified") {
          history.push({ id: makeId(), claimId: id, fromStatus: "unverified" as Status, toStatus: status, reason: "Checked.", actorId: editor.id, createdAt: new Date(published.getTime() + 3_600_000) });
        }
        if (rand() < 0.01) {
          disputes.push({
            id: makeId(), ref: `B-${makeId().slice(1, 11)}`, claimId: id, submitterName: "Reader", submitterEmail: `reader${a}-${c}@bench.test`,
            proposedStatus: pick(["confirmed", "denied", "unverified"] as const), reason: "I have a source that says otherwise.",
            state: pick(["open", "rejected", "accepted"] as const), createdAt: published, updatedAt: published,
          });
        }
      }
      for (let l = 0; l < size.claimsPerArticle / 10; l++) {
        const from = pick(articleClaims), to = pick(articleClaims);
        if (from.id !== to.id) links.push({ id: makeId(), fromClaimId: from.id, toClaimId: to.id, type: pick(["contradicts", "confirms", "supersedes", "repeats"] as const), createdAt: published });
      }
      articles.push({ id: articleId, slug: `bench-article-${a}`, title: `Synthetic article ${a} on ${pick(TOPICS)}`, outlet: "Bench Times", publishedAt: published, body: body.trimEnd(), createdById: editor.id, createdAt: published, updatedAt: published });
    }
    await out.transaction(async () => {
      await out.insert("Article", articles);
      await out.insert("Claim", claims);
      await out.insert("Evidence", evidence);
      await out.insert("Dispute", disputes);
      await out.insert("StatusChange", history);
      await out.insert("ClaimLink", dedupeLinks(links));
    });
    onProgress(Math.min(size.articles, start + BATCH), size.articles);
  }
}

function dedupeLinks<T extends { fromClaimId: string; toClaimId: string; type: string }>(links: T[]): T[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.fromClaimId}|${l.toClaimId}|${l.type}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
