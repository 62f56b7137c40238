// Loads the demo article (prisma/seed/) with every claim, its evidence, links and
// status history. Idempotent: if the article is already there nothing is written,
// and everything is written in one transaction, so a failed run leaves no half-seed.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { anchorForQuote } from "@/lib/claims/anchor";
import { slugify } from "@/lib/slug";
import { DEMO_ARTICLE, DEMO_CLAIMS, DEMO_LINKS, DEMO_SPEAKERS } from "@/prisma/seed/demo-data";

export const DEMO_BODY_FILE = path.resolve(process.cwd(), "prisma/seed/article-ukraine-peace-talks.txt");

export function demoBody(): string {
  return readFileSync(DEMO_BODY_FILE, "utf8").trimEnd();
}

/** Dates in the seed are calendar days; store them at noon UTC so no time zone shifts the day. */
function day(date: string | undefined): Date | null {
  return date ? new Date(`${date}T12:00:00Z`) : null;
}

export type SeedResult = { created: boolean; claims: number };

export async function seedDemo(db: Db, log: (message: string) => void = () => {}): Promise<SeedResult> {
  const existing = await db.article.findUnique({ where: { slug: DEMO_ARTICLE.slug }, select: { id: true } });
  if (existing) {
    log(`Demo article already present (${DEMO_ARTICLE.slug}); nothing to do.`);
    return { created: false, claims: 0 };
  }
  const body = demoBody();
  const published = day(DEMO_ARTICLE.publishedAt);

  await db.$transaction(
    async (tx) => {
      log(`Seeding speakers (${Object.keys(DEMO_SPEAKERS).length})`);
      const speakerIds = new Map<string, string>();
      for (const [key, speaker] of Object.entries(DEMO_SPEAKERS)) {
        const slug = slugify(speaker.name);
        const row = await tx.speaker.upsert({
          where: { slug },
          update: {},
          create: { slug, name: speaker.name, description: speaker.description, wikidataId: speaker.wikidataId ?? null },
          select: { id: true },
        });
        speakerIds.set(key, row.id);
      }

      log(`Seeding article "${DEMO_ARTICLE.title}"`);
      const article = await tx.article.create({
        data: {
          slug: DEMO_ARTICLE.slug,
          title: DEMO_ARTICLE.title,
          outlet: DEMO_ARTICLE.outlet,
          url: DEMO_ARTICLE.url ?? null,
          publishedAt: published,
          body,
        },
        select: { id: true },
      });

      const claimIds = new Map<string, string>();
      for (const [index, claim] of DEMO_CLAIMS.entries()) {
        const anchor = anchorForQuote(body, claim.quote, claim.occurrence ?? 0);
        if (!anchor) throw new Error(`Seed claim ${claim.key}: quote not found in the article body.`);
        const speakerId = speakerIds.get(claim.speaker);
        if (!speakerId) throw new Error(`Seed claim ${claim.key}: unknown speaker ${claim.speaker}.`);
        const loggedAt = published ?? new Date();
        const row = await tx.claim.create({
          data: {
            articleId: article.id,
            speakerId,
            speakerRole: claim.speakerRole,
            text: claim.text,
            ...anchor,
            statedAt: day(claim.statedAt),
            status: claim.status,
            rationale: claim.rationale,
            evidence: {
              create: claim.evidence.map((e) => ({
                kind: e.kind,
                stance: e.stance,
                sourceName: e.sourceName,
                url: e.url ?? null,
                excerpt: e.excerpt,
                publishedAt: day(e.publishedAt),
              })),
            },
            // The history tells the story: every claim is logged unverified, then decided.
            statusChanges: {
              create: [
                { fromStatus: null, toStatus: "unverified", reason: "Logged from the article.", createdAt: loggedAt },
                ...(claim.status === "unverified"
                  ? []
                  : [
                      {
                        fromStatus: "unverified" as const,
                        toStatus: claim.status,
                        reason: claim.rationale,
                        createdAt: new Date(loggedAt.getTime() + 60_000),
                      },
                    ]),
              ],
            },
          },
          select: { id: true },
        });
        claimIds.set(claim.key, row.id);
        log(`  claim ${index + 1}/${DEMO_CLAIMS.length}: ${claim.key}`);
      }

      for (const link of DEMO_LINKS) {
        const fromClaimId = claimIds.get(link.from);
        const toClaimId = claimIds.get(link.to);
        if (!fromClaimId || !toClaimId) throw new Error(`Seed link ${link.from} → ${link.to}: unknown claim.`);
        await tx.claimLink.create({ data: { fromClaimId, toClaimId, type: link.type, note: link.note } });
      }
      log(`Seeded ${DEMO_CLAIMS.length} claims and ${DEMO_LINKS.length} links.`);
    },
    { timeout: 60_000 },
  );
  return { created: true, claims: DEMO_CLAIMS.length };
}
