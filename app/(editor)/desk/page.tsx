import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/auth/forbidden";
import { buttonClass } from "@/components/forms/field";
import { pageAccess } from "@/lib/auth/page-guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { listDeskArticles } from "@/lib/desk/queries";
import { formatDate } from "@/lib/utils";

export const metadata: Metadata = { title: "Editor's desk" };
export const dynamic = "force-dynamic";

export default async function DeskPage() {
  const access = await pageAccess("editor", "/desk");
  if (!access.ok) return <Forbidden required="editor" />;
  const { user } = access;
  const articles = await listDeskArticles(db);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="font-serif text-3xl font-bold">Editor&apos;s desk</h1>
          <p className="text-sm text-stone-700">
            Hello, {user.name}. You are signed in as {user.email} ({ROLE_LABELS[user.role].toLowerCase()}).
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link href="/desk/disputes" className="self-center underline underline-offset-4">
            Disputes
          </Link>
          <Link href="/desk/articles/new" className={buttonClass}>
            New article
          </Link>
        </div>
      </div>
      <section aria-labelledby="articles-title" className="space-y-3">
        <h2 id="articles-title" className="font-serif text-2xl font-semibold">
          Articles ({articles.length})
        </h2>
        {articles.length === 0 && <p>No articles yet. Import one with “New article”.</p>}
        <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white">
          {articles.map((a) => (
            <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
              <div>
                <Link href={`/desk/articles/${a.id}`} className="font-semibold underline-offset-4 hover:underline">
                  {a.title}
                </Link>
                <p className="text-sm text-stone-700">
                  {a.outlet}
                  {a.publishedAt && ` · ${formatDate(a.publishedAt)}`}
                </p>
              </div>
              <p className="text-sm">
                {a.claims} claim{a.claims === 1 ? "" : "s"}
                {a.lost > 0 && (
                  <span className="ml-2 font-semibold text-red-800">
                    <span aria-hidden="true">⚠ </span>
                    {a.lost} lost {a.lost === 1 ? "its place" : "their place"} in the text
                  </span>
                )}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
