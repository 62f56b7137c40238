import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/auth/forbidden";
import { Workspace } from "@/components/desk/workspace";
import { pageAccess } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { getWorkspace } from "@/lib/desk/queries";

export const metadata: Metadata = { title: "Article workspace" };
export const dynamic = "force-dynamic";

export default async function ArticleWorkspacePage(props: PageProps<"/desk/articles/[id]">) {
  const { id } = await props.params;
  const access = await pageAccess("editor", `/desk/articles/${id}`);
  if (!access.ok) return <Forbidden required="editor" />;
  const workspace = await getWorkspace(db, id);
  if (!workspace) notFound();
  return (
    <div className="space-y-4">
      <p>
        <Link href="/desk" className="text-sm underline underline-offset-4">
          ← Editor&apos;s desk
        </Link>
      </p>
      <Workspace {...workspace} />
    </div>
  );
}
