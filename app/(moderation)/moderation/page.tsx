import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { AGE_OPTIONS, QueueFilters } from "@/components/moderation/queue-filters";
import { QueueItem } from "@/components/moderation/queue-item";
import { pageAccess } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { moderationQueue, queueFilterOptions } from "@/lib/disputes/queries";

export const metadata: Metadata = { title: "Moderation queue" };
export const dynamic = "force-dynamic";

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function ModerationPage(props: PageProps<"/moderation">) {
  const access = await pageAccess("moderator", "/moderation");
  if (!access.ok) return <Forbidden required="moderator" />;
  const params = await props.searchParams;
  const age = Number(single(params.age));
  const filters = {
    articleId: single(params.article),
    claimId: single(params.claim),
    olderThanDays: (AGE_OPTIONS as readonly number[]).includes(age) ? age : undefined,
  };
  const [queue, options] = await Promise.all([moderationQueue(db, filters), queueFilterOptions(db)]);
  const filtered = Boolean(filters.articleId || filters.claimId || filters.olderThanDays);

  return (
    <>
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Moderation queue</h1>
        <p className="text-sm text-stone-700">
          Readers&apos; disputes waiting for a decision, oldest first. You cannot accept or reject a dispute on a claim you changed last, or one you
          filed: another moderator must.
        </p>
      </header>
      <QueueFilters articles={options.articles} claims={options.claims} current={{ article: filters.articleId, claim: filters.claimId, age: filters.olderThanDays }} />
      <p aria-live="polite" className="text-sm font-semibold">
        {queue.length === 0
          ? filtered
            ? "No waiting disputes match these filters."
            : "The queue is empty: every dispute has been decided."
          : `${queue.length} dispute${queue.length === 1 ? "" : "s"} waiting`}
      </p>
      <ol className="space-y-6" aria-label="Disputes waiting for a decision">
        {queue.map((item) => (
          <QueueItem key={item.id} item={item} user={access.user} />
        ))}
      </ol>
    </>
  );
}
