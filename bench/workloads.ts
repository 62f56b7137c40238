// Workloads beyond plain GETs, driven through the real endpoints a browser uses:
// editors signed in through next-auth calling the desk's server actions, and readers
// filing disputes through the public action. Each checks the database afterwards.
import type { LoadSpec, LoadResult } from "./load";
import { createDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { actionId, signInCookie } from "@/lib/testing/http-client";
import { deriveKey, issueFormToken } from "@/lib/disputes/form-token";
import { HONEYPOT_FIELD } from "@/lib/disputes/schemas";

export type ExtraWorkload = Omit<LoadSpec, "baseUrl" | "seconds"> & { verify?: (result: LoadResult) => Promise<void> };
export type WorkloadContext = { baseUrl: string; databaseUrl: string; distDir: string; secret: string };

const EDITORS = 8;
const PASSWORD = "bench-editor-password";
const actionAccepted = (body: string) => /"ok":true/.test(body);

export async function extraWorkloads(context: WorkloadContext): Promise<ExtraWorkload[]> {
  const db = createDb(context.databaseUrl);
  const passwordHash = await hashPassword(PASSWORD);
  const cookies: string[] = [];
  for (let i = 0; i < EDITORS; i++) {
    const email = `bench-writer-${i}@bench.test`;
    await db.user.upsert({ where: { email }, update: { disabled: false, passwordHash }, create: { email, name: `Bench writer ${i}`, role: "editor", passwordHash } });
    cookies.push(await signInCookie(context.baseUrl, email, PASSWORD, `10.77.0.${i + 1}`));
  }
  // Each save names the version it read, as the workspace does, so a claim is saved at
  // most once per run (to a status it does not have); afterwards each acknowledged
  // save must be in the claim's history. Editors work on a hundred articles, the
  // newest: the read workloads use the oldest, which must stay the same between runs.
  const articles = await db.article.findMany({ where: { slug: { startsWith: "bench-" } }, select: { id: true }, take: 100, orderBy: { id: "desc" } });
  const pool = await db.claim.findMany({
    where: { lockedAt: null, articleId: { in: articles.map((a) => a.id) } },
    select: { id: true, articleId: true, version: true, status: true },
    orderBy: { id: "desc" },
  });
  const saveId = actionId(context.distDir, "lib/desk/claim-actions.ts", "saveClaim");
  const evidenceId = actionId(context.distDir, "lib/desk/claim-actions.ts", "addEvidence");
  const disputeId = actionId(context.distDir, "lib/disputes/file-actions.ts", "submitDispute");
  const runId = Date.now().toString(36);
  const key = deriveKey(context.secret);
  let statusIndex = 0, evidenceIndex = 0, disputeIndex = 0;
  const reason = `Bench status change ${runId}`;
  const evidenceSource = `Bench evidence ${runId}`;
  const actionHeaders = (id: string, i: number) => ({ "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Origin: context.baseUrl, Cookie: cookies[i % EDITORS]! });

  return [
    {
      name: `editor status change (${EDITORS} editors)`,
      paths: [],
      connections: EDITORS,
      method: "POST",
      accept: actionAccepted,
      next: () => {
        const i = statusIndex++;
        const claim = pool[i % pool.length]!;
        if (i >= pool.length) throw new Error("Bench claim pool exhausted: lower the duration.");
        return {
          path: `/desk/articles/${claim.articleId}`,
          headers: actionHeaders(saveId, i),
          body: JSON.stringify([{ claimId: claim.id, expectedVersion: claim.version, status: claim.status === "confirmed" ? "denied" : "confirmed", statusReason: reason }]),
        };
      },
      verify: async (result) => {
        const written = await db.statusChange.count({ where: { reason } });
        const acknowledged = result.requests - result.errors;
        console.log(`    lost updates: ${Math.max(0, acknowledged - written)} (acknowledged ${acknowledged}, history rows ${written})`);
      },
    },
    {
      name: `editor evidence add (${EDITORS} editors)`,
      paths: [],
      connections: EDITORS,
      method: "POST",
      accept: actionAccepted,
      next: () => {
        const i = evidenceIndex++;
        const claim = pool[i % pool.length]!;
        return {
          path: `/desk/articles/${claim.articleId}`,
          headers: actionHeaders(evidenceId, i),
          body: JSON.stringify([{ claimId: claim.id, kind: "document", stance: "supports", sourceName: evidenceSource, url: "https://example.org/doc", excerpt: "Bench excerpt", publishedAt: "" }]),
        };
      },
      verify: async (result) => {
        const written = await db.evidence.count({ where: { sourceName: evidenceSource } });
        console.log(`    lost evidence: ${Math.max(0, result.requests - result.errors - written)} (rows ${written})`);
      },
    },
    {
      name: "dispute submission (readers)",
      paths: [],
      connections: 8,
      method: "POST",
      accept: actionAccepted,
      next: () => {
        const i = disputeIndex++;
        const claim = pool[(pool.length - 1 - i + pool.length) % pool.length]!;
        return {
          path: `/claims/${claim.id}`,
          headers: { "Next-Action": disputeId, "Content-Type": "text/plain;charset=UTF-8", Origin: context.baseUrl, "x-real-ip": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
          body: JSON.stringify([{
            claimId: claim.id, proposedStatus: claim.status === "denied" ? "confirmed" : "denied", reason: "A bench reader disagrees with this status, with reasons.",
            evidenceUrl: "", name: "Bench reader", email: `reader-${runId}-${i}@bench.test`,
            formToken: issueFormToken(claim.id, Date.now() - 60_000, key), [HONEYPOT_FIELD]: "",
          }]),
        };
      },
    },
  ];
}
