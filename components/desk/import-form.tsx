"use client";
// The /desk/articles/new form: the same validation as the import CLI; on success the
// editor lands in the new article's workspace with its claim suggestions. A refused
// import keeps everything typed in the form.
import { useRouter } from "next/navigation";
import { Field, FieldError, FormMessage, buttonClass, inputClass } from "@/components/forms/field";
import { importArticle } from "@/lib/desk/article-actions";
import { useDeskAction } from "./use-desk-action";
import { fieldErrors } from "@/components/forms/use-action-form";

export function ImportForm() {
  const router = useRouter();
  const { result, pending, run } = useDeskAction(importArticle);
  const bodyErrors = fieldErrors(result, "body");
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const outcome = await run(new FormData(event.currentTarget));
        if (outcome.ok) router.push(`/desk/articles/${outcome.data.id}`);
      }}
    >
      {result && !result.ok && (
        <FormMessage kind="error" id="import-error">
          {result.error}
        </FormMessage>
      )}
      {result?.ok && <FormMessage kind="success">Imported with {result.data.suggestions} claim suggestions. Opening the workspace…</FormMessage>}
      <Field id="title" name="title" label="Title" required errors={fieldErrors(result, "title")} />
      <Field id="outlet" name="outlet" label="Outlet" required errors={fieldErrors(result, "outlet")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="url" name="url" label="Web address (optional)" type="url" placeholder="https://" errors={fieldErrors(result, "url")} />
        <Field id="publishedAt" name="publishedAt" label="Publication date (optional)" type="date" errors={fieldErrors(result, "publishedAt")} />
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-semibold">Format</legend>
        <label className="mr-4 inline-flex items-center gap-2">
          <input type="radio" name="format" value="text" defaultChecked /> Plain text
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" name="format" value="markdown" /> Markdown (syntax is removed)
        </label>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="body" className="block text-sm font-semibold">
          Article text
        </label>
        <textarea
          id="body"
          name="body"
          rows={16}
          className={inputClass}
          aria-invalid={bodyErrors ? true : undefined}
          aria-describedby={bodyErrors ? "body-error" : undefined}
        />
        <FieldError id="body-error" errors={bodyErrors} />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Importing…" : "Import article"}
      </button>
      <p role="status" aria-live="polite" className="sr-only">
        {pending ? "Importing the article and finding claim suggestions…" : ""}
      </p>
    </form>
  );
}
