import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/auth/forbidden";
import { ImportForm } from "@/components/desk/import-form";
import { pageAccess } from "@/lib/auth/page-guard";
import { BODY_MAX } from "@/lib/desk/schemas";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const access = await pageAccess("editor", "/desk/articles/new");
  if (!access.ok) return <Forbidden required="editor" />;
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/desk" className="text-sm underline underline-offset-4">
          ← Editor&apos;s desk
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">New article</h1>
      <p>
        Paste the article&apos;s text. Claims will be anchored in it exactly as stored, and the desk suggests the sentences
        worth logging. Up to {BODY_MAX.toLocaleString("en")} characters, plain text or Markdown.
      </p>
      <ImportForm />
    </div>
  );
}
