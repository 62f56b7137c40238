// Claim suggestions for an article: computed from the body (lib/suggestions), minus
// the ones an editor dismissed and the ones already covered by a claim.
// Dismissals are recorded in the audit log (who dismissed what, when) under the
// suggestion's key, which depends only on its words, so a dismissal survives body
// edits elsewhere in the article.
import type { Db } from "@/lib/db/client";
import { suggestClaims, type Suggestion } from "@/lib/suggestions/suggest";
import { NotFoundError } from "@/lib/actions/errors";

export const DISMISS_ACTION = "suggestion.dismiss";

// Suggesting runs compromise over every sentence (about a second for a long article);
// the same body is asked for on every workspace load, so keep recent answers.
const memo = new Map<string, Suggestion[]>();
const MEMO_SIZE = 20;

export function suggestionsForBody(body: string, onProgress?: (done: number, total: number) => void): Suggestion[] {
  const cached = memo.get(body);
  if (cached) return cached;
  const computed = suggestClaims(body, onProgress);
  memo.set(body, computed);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return computed;
}

type Anchored = { anchorStart: number; anchorEnd: number; anchorLost: boolean };

export async function openSuggestions(db: Db, article: { id: string; body: string }, claims: Anchored[]): Promise<Suggestion[]> {
  const dismissed = await db.auditLog.findMany({
    where: { targetType: "Article", targetId: article.id, action: DISMISS_ACTION },
    select: { detail: true },
  });
  const keys = new Set(dismissed.map((d) => (JSON.parse(d.detail) as { key: string }).key));
  const live = claims.filter((c) => !c.anchorLost);
  return suggestionsForBody(article.body).filter(
    (s) => !keys.has(s.key) && !live.some((c) => c.anchorStart < s.end && c.anchorEnd > s.start),
  );
}

export async function dismissSuggestion(db: Db, input: { articleId: string; key: string; quote: string }, actorId: string) {
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true } });
  if (!article) throw new NotFoundError("That article no longer exists.");
  await db.auditLog.create({
    data: {
      actorId,
      action: DISMISS_ACTION,
      targetType: "Article",
      targetId: input.articleId,
      detail: JSON.stringify({ key: input.key, quote: input.quote.slice(0, 500) }),
    },
  });
  return { dismissed: input.key };
}
