import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/auth/forbidden";
import { pageAccess } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { auditLogPage } from "@/lib/disputes/queries";
import { formatDateTime } from "@/lib/utils";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

export default async function AuditPage(props: PageProps<"/admin/audit">) {
  const access = await pageAccess("admin", "/admin/audit");
  if (!access.ok) return <Forbidden required="admin" />;
  const before = (await props.searchParams).before;
  const { entries, nextBefore } = await auditLogPage(db, typeof before === "string" && before ? before : undefined);

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <p className="text-sm text-stone-700">
        Every moderation and account action, newest first. Entries cannot be changed or deleted (the database refuses).
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="py-2 pr-4">When</th>
              <th scope="col" className="py-2 pr-4">Who</th>
              <th scope="col" className="py-2 pr-4">Action</th>
              <th scope="col" className="py-2 pr-4">Target</th>
              <th scope="col" className="py-2">Detail</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time>
                </td>
                <td className="py-2 pr-4">{entry.actor ? `${entry.actor.name} (${entry.actor.email})` : "System"}</td>
                <td className="py-2 pr-4 font-mono">{entry.action}</td>
                <td className="py-2 pr-4">
                  {entry.targetType === "claim" ? (
                    <Link href={`/claims/${entry.targetId}`} className="underline underline-offset-4">
                      claim
                    </Link>
                  ) : (
                    entry.targetType
                  )}{" "}
                  <span className="font-mono text-xs text-stone-700">{entry.targetId}</span>
                </td>
                <td className="py-2 whitespace-pre-line break-words">{entry.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entries.length === 0 && <p>Nothing has been recorded yet.</p>}
      <nav aria-label="Audit log pages" className="flex gap-4 text-sm">
        {before && (
          <Link href="/admin/audit" className="underline underline-offset-4">
            Newest entries
          </Link>
        )}
        {nextBefore && (
          <Link href={`/admin/audit?before=${encodeURIComponent(nextBefore)}`} className="underline underline-offset-4">
            Older entries
          </Link>
        )}
      </nav>
    </>
  );
}
