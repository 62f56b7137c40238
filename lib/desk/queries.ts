// Reads for the editor's desk. Editors see everything about a claim, including
// internal notes and who did what; user records are reduced to names.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/claims/status";
import type { LinkType } from "@/lib/claims/links";
import type { Suggestion } from "@/lib/suggestions/suggest";
import { openSuggestions } from "./suggestion-service";
import { matchSpeaker, type SpeakerOption } from "./speakers";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export async function listDeskArticles(db: Db) {
  const articles = await db.article.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, slug: true, title: true, outlet: true, publishedAt: true, createdAt: true, _count: { select: { claims: true } } },
  });
  const lost = await db.claim.groupBy({ by: ["articleId"], where: { anchorLost: true }, _count: { _all: true } });
  const lostBy = new Map(lost.map((l) => [l.articleId, l._count._all]));
  return articles.map((a) => ({ ...a, claims: a._count.claims, lost: lostBy.get(a.id) ?? 0 }));
}

const otherClaim = { select: { id: true, text: true, speaker: { select: { name: true } }, article: { select: { title: true } } } } as const;

export async function getWorkspace(db: Db, id: string) {
  const article = await db.article.findUnique({
    where: { id },
    select: { id: true, slug: true, title: true, outlet: true, url: true, publishedAt: true, body: true, updatedAt: true },
  });
  if (!article) return null;
  const [claims, speakers] = await Promise.all([
    db.claim.findMany({
      where: { articleId: id },
      orderBy: [{ anchorLost: "desc" }, { anchorStart: "asc" }, { createdAt: "asc" }],
      select: {
        id: true, version: true, text: true, quote: true, anchorStart: true, anchorEnd: true, anchorLost: true,
        speakerId: true, speakerRole: true, statedAt: true, status: true, rationale: true, editorNotes: true,
        lockedAt: true, lockReason: true, lockedBy: { select: { name: true } }, updatedBy: { select: { name: true } },
        speaker: { select: { name: true, slug: true } },
        evidence: {
          orderBy: { createdAt: "asc" },
          select: { id: true, kind: true, stance: true, sourceName: true, url: true, excerpt: true, publishedAt: true },
        },
        linksFrom: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, note: true, toClaim: otherClaim } },
        linksTo: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, note: true, fromClaim: otherClaim } },
        statusChanges: {
          orderBy: { createdAt: "desc" },
          select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, actor: { select: { name: true } } },
        },
      },
    }),
    db.speaker.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true } }),
  ]);
  const suggestions = await openSuggestions(db, article, claims);
  const linked = (c: { id: string; text: string; speaker: { name: string }; article: { title: string } }) => ({
    id: c.id, text: c.text, speakerName: c.speaker.name, articleTitle: c.article.title,
  });
  return {
    article: { ...article, publishedAt: day(article.publishedAt), updatedAt: article.updatedAt.toISOString() },
    speakers,
    suggestions: suggestions.map((s) => withMatch(s, speakers)),
    claims: claims.map((c) => ({
      id: c.id, version: c.version, text: c.text, quote: c.quote, anchorStart: c.anchorStart, anchorEnd: c.anchorEnd,
      anchorLost: c.anchorLost, speakerId: c.speakerId, speakerName: c.speaker.name, speakerRole: c.speakerRole,
      statedAt: day(c.statedAt), status: c.status as ClaimStatus, rationale: c.rationale, editorNotes: c.editorNotes,
      locked: c.lockedAt ? { reason: c.lockReason ?? "", by: c.lockedBy?.name ?? null } : null,
      updatedBy: c.updatedBy?.name ?? null,
      evidence: c.evidence.map((e) => ({ ...e, url: e.url ?? "", publishedAt: day(e.publishedAt) })),
      links: [
        ...c.linksFrom.map((l) => ({ id: l.id, type: l.type as LinkType, note: l.note, direction: "outgoing" as const, other: linked(l.toClaim) })),
        ...c.linksTo.map((l) => ({ id: l.id, type: l.type as LinkType, note: l.note, direction: "incoming" as const, other: linked(l.fromClaim) })),
      ],
      history: c.statusChanges.map((h) => ({ ...h, createdAt: h.createdAt.toISOString(), actor: h.actor?.name ?? null })),
    })),
  };
}

function withMatch(s: Suggestion, speakers: SpeakerOption[]) {
  return { ...s, matchedSpeakerId: s.speaker ? (matchSpeaker(s.speaker.name, speakers)?.id ?? null) : null };
}

export type Workspace = NonNullable<Awaited<ReturnType<typeof getWorkspace>>>;
export type WorkspaceClaim = Workspace["claims"][number];
export type WorkspaceSuggestion = Workspace["suggestions"][number];
