"use client";
// Editing the article itself. Claims are re-anchored on save; the result says how
// many moved and which lost their place (those are flagged in the workspace).
import { useRouter } from "next/navigation";
import { Field, FieldError, FormMessage, buttonClass, inputClass } from "@/components/forms/field";
import { updateArticle } from "@/lib/desk/article-actions";
import type { Workspace } from "@/lib/desk/queries";
import { useDeskAction } from "./use-desk-action";
import { fieldErrors } from "@/components/forms/use-action-form";

export function ArticleEditor({ article, onDone }: { article: Workspace["article"]; onDone: (message: string) => void }) {
  const router = useRouter();
  const { result, pending, run } = useDeskAction(updateArticle);
  return (
    <form
      aria-label="Edit article"
      className="space-y-3 rounded border border-stone-300 bg-white p-4"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        data.set("articleId", article.id);
        data.set("expectedUpdatedAt", article.updatedAt);
        data.set("format", "text");
        const outcome = await run(data);
        if (outcome.ok) {
          const lost = outcome.data.lost.length;
          const message = `Article saved. ${lost ? `${lost} claim${lost === 1 ? "" : "s"} lost ${lost === 1 ? "its" : "their"} place in the text and ${lost === 1 ? "is" : "are"} flagged.` : "Every claim kept its place."}`;
          router.refresh();
          onDone(message);
        }
      }}
    >
      {result && !result.ok && <FormMessage kind="error">{result.error}</FormMessage>}
      <Field id="edit-title" name="title" label="Title" defaultValue={article.title} errors={fieldErrors(result, "title")} />
      <Field id="edit-outlet" name="outlet" label="Outlet" defaultValue={article.outlet} errors={fieldErrors(result, "outlet")} />
      <Field id="edit-url" name="url" label="Web address" type="url" defaultValue={article.url ?? ""} errors={fieldErrors(result, "url")} />
      <Field id="edit-date" name="publishedAt" label="Publication date" type="date" defaultValue={article.publishedAt} errors={fieldErrors(result, "publishedAt")} />
      <div className="space-y-1">
        <label htmlFor="edit-body" className="block text-sm font-semibold">
          Article text
        </label>
        <textarea id="edit-body" name="body" rows={14} className={inputClass} defaultValue={article.body} />
        <FieldError id="edit-body-error" errors={fieldErrors(result, "body")} />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Saving…" : "Save article"}
      </button>
    </form>
  );
}
