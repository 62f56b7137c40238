import { db } from "@/lib/db";
import { articleDisputeCounts } from "@/lib/disputes/queries";

/** "Reader disputes: 1 open · 0 accepted · 2 rejected" for an article's header. */
export async function ArticleDisputeCounts({ articleId }: { articleId: string }) {
  const counts = await articleDisputeCounts(db, articleId);
  return (
    <p className="text-sm text-stone-700">
      <span className="font-semibold">Reader disputes:</span>{" "}
      <span>{counts.open} open</span> · <span>{counts.accepted} accepted</span> · <span>{counts.rejected} rejected</span>
    </p>
  );
}
