// Valid inputs for the desk's actions in the authorization matrix
// (lib/actions/registry.ts): each call makes its own article, claim, evidence or
// link in the matrix's throwaway database (fx.db).
import type { Db } from "@/lib/db/client";

const BODY = "The minister said the bridge opened on 3 May. Critics denied it.";

export async function fixtureArticle(db: Db, unique: string) {
  return db.article.create({ data: { slug: `desk-${unique}`, title: `Desk ${unique}`, outlet: "Matrix", body: BODY }, select: { id: true, body: true, updatedAt: true } });
}

export async function fixtureClaim(db: Db, unique: string) {
  const article = await fixtureArticle(db, unique);
  const speaker = await db.speaker.create({ data: { slug: `speaker-${unique}`, name: `Speaker ${unique}` }, select: { id: true } });
  const quote = "the bridge opened on 3 May";
  const start = BODY.indexOf(quote);
  const claim = await db.claim.create({
    data: { articleId: article.id, speakerId: speaker.id, text: "The bridge opened on 3 May.", anchorStart: start, anchorEnd: start + quote.length, quote },
    select: { id: true, version: true },
  });
  return { ...claim, article, speakerId: speaker.id };
}

export async function fixtureEvidence(db: Db, unique: string) {
  const claim = await fixtureClaim(db, unique);
  return db.evidence.create({ data: { claimId: claim.id, kind: "document", stance: "supports", sourceName: "Gazette" }, select: { id: true } });
}

export async function fixtureLink(db: Db, unique: string) {
  const a = await fixtureClaim(db, `${unique}-a`);
  const b = await fixtureClaim(db, `${unique}-b`);
  return db.claimLink.create({ data: { fromClaimId: a.id, toClaimId: b.id, type: "contradicts" }, select: { id: true } });
}

export const FIXTURE_BODY = BODY;
