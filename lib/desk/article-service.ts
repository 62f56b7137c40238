// Editing an article after claims were anchored in it. Every claim's anchor is found
// again in the new body (refindAnchor: same words, best-matching context); a claim
// whose words are gone is flagged anchorLost for an editor to re-anchor, never
// dropped or moved to a guess. All in one transaction with the body change.
import type { Db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/actions/errors";
import { refindAnchor } from "@/lib/claims/anchor";
import { prepareBody, uniqueArticleSlug } from "./import-service";
import type { UpdateArticleInput } from "./schemas";

export type ArticleUpdateResult = { slug: string; moved: number; lost: { id: string; quote: string }[] };

export async function updateArticle(db: Db, input: UpdateArticleInput, actorId: string): Promise<ArticleUpdateResult> {
  const body = prepareBody(input.body, input.format);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { slug: true, title: true, body: true, updatedAt: true },
    });
    if (!article) throw new NotFoundError("That article no longer exists.");
    if (article.updatedAt.toISOString() !== input.expectedUpdatedAt) {
      throw new ConflictError(
        "Someone else saved this article after you opened it. Nothing was saved; your text is still in the form. Copy your changes, reload, and apply them again.",
      );
    }
    // The slug is the public address: it only changes with the title.
    const slug = input.title === article.title ? article.slug : await uniqueArticleSlug(tx, input.title, input.articleId);
    const written = await tx.article.updateMany({
      where: { id: input.articleId, updatedAt: article.updatedAt },
      data: { title: input.title, outlet: input.outlet, url: input.url, publishedAt: input.publishedAt, body, slug },
    });
    if (written.count === 0) throw new ConflictError("Someone else saved this article at the same moment. Reload and try again.");

    const claims = await tx.claim.findMany({
      where: { articleId: input.articleId },
      select: {
        id: true, anchorStart: true, anchorEnd: true, quote: true, contextBefore: true, contextAfter: true, anchorLost: true,
      },
    });
    const result: ArticleUpdateResult = { slug, moved: 0, lost: [] };
    // Article has no "updated by" column: who changed the text, and what it cost, goes to the audit log.
    const audit = (detail: object) =>
      tx.auditLog.create({ data: { actorId, action: "article.edit", targetType: "Article", targetId: input.articleId, detail: JSON.stringify(detail) } });
    if (body === article.body) {
      await audit({ bodyChanged: false });
      return result;
    }
    for (const claim of claims) {
      const anchor = refindAnchor(body, claim);
      if (!anchor) {
        result.lost.push({ id: claim.id, quote: claim.quote });
        if (!claim.anchorLost) await tx.claim.update({ where: { id: claim.id }, data: { anchorLost: true } });
        continue;
      }
      if (anchor.anchorStart !== claim.anchorStart || claim.anchorLost) result.moved++;
      await tx.claim.update({ where: { id: claim.id }, data: { ...anchor, anchorLost: false } });
    }
    await audit({ bodyChanged: true, moved: result.moved, lost: result.lost.map((l) => l.id) });
    return result;
  });
}
