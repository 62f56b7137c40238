import Link from "next/link";
import type { PublicSpeaker } from "@/lib/speakers/public";
import { StatusBadge } from "@/components/claims/status-badge";
import { formatDate } from "@/lib/utils";

/** Everything a speaker said, grouped by article, each with its status. */
export function SpeakerClaims({ claims }: { claims: PublicSpeaker["claims"] }) {
  const byArticle = new Map<string, { article: PublicSpeaker["claims"][number]["article"]; claims: PublicSpeaker["claims"] }>();
  for (const claim of claims) {
    const group = byArticle.get(claim.article.id) ?? { article: claim.article, claims: [] };
    group.claims.push(claim);
    byArticle.set(claim.article.id, group);
  }
  return (
    <section aria-labelledby="said-title" className="space-y-4">
      <h2 id="said-title" className="font-serif text-2xl font-bold">
        What they said ({claims.length})
      </h2>
      {claims.length === 0 && <p>No claims recorded yet.</p>}
      {[...byArticle.values()].map(({ article, claims: inArticle }) => (
        <div key={article.id} className="space-y-2">
          <h3 className="font-serif text-lg font-semibold">
            In{" "}
            <Link href={`/articles/${article.slug}`} className="underline underline-offset-4">
              {article.title}
            </Link>
            {article.publishedAt && <span className="font-sans text-sm font-normal text-stone-700"> · {formatDate(article.publishedAt)}</span>}
          </h3>
          <ul className="space-y-2">
            {inArticle.map((claim) => (
              <li key={claim.id} className="rounded border border-stone-300 bg-white p-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={claim.status} />
                  {claim.speakerRole && <span className="text-stone-700">as {claim.speakerRole}</span>}
                  {claim.statedAt && <span className="text-stone-700">· {formatDate(claim.statedAt)}</span>}
                </p>
                <p className="mt-1">
                  <Link href={`/claims/${claim.id}`} className="underline underline-offset-4">
                    {claim.text}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
