"use client";
// The article workspace: the body with claims and suggestions marked, a side panel
// for the selected claim (or the selected text), and keyboard navigation:
// j / k = next / previous claim, Ctrl/Cmd+Enter = save the open form.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { FormMessage, secondaryButtonClass } from "@/components/forms/field";
import { StatusBadge } from "@/components/claims/status-badge";
import { reanchorClaim } from "@/lib/desk/claim-actions";
import type { Workspace as WorkspaceData } from "@/lib/desk/queries";
import { STATUS_INFO } from "@/lib/claims/status";
import { AnnotatedBody } from "./annotated-body";
import { ArticleEditor } from "./article-editor";
import type { BodySelection } from "./body-selection";
import { ClaimEditor } from "./claim-editor";
import { ClaimHistory } from "./claim-history";
import { EvidenceEditor } from "./evidence-editor";
import { LinkEditor } from "./link-editor";
import { NewClaimForm } from "./new-claim-form";
import { NEW_SPEAKER } from "./speaker-picker";
import { SuggestionList } from "./suggestion-list";
import { useDeskAction } from "./use-desk-action";

export function Workspace({ article, claims, speakers, suggestions }: WorkspaceData) {
  const router = useRouter();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selection, setSelection] = useState<BodySelection | null>(null);
  const [editingArticle, setEditingArticle] = useState(false);
  const [notice, setNotice] = useState("");
  const reanchor = useDeskAction(reanchorClaim);
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const lost = claims.filter((c) => c.anchorLost);

  const move = (step: number) => {
    if (claims.length === 0) return;
    const index = claims.findIndex((c) => c.id === selectedId);
    const next = claims[(index + step + claims.length) % claims.length]!;
    setSelectedId(next.id);
    setSelection(null);
    document.querySelector(`[data-claim-id="${next.id}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || target.closest("input, textarea, select, [contenteditable]")) return;
      if (e.key === "j") move(1);
      if (e.key === "k") move(-1);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const marks = [
    ...claims.filter((c) => !c.anchorLost).map((c) => ({
      id: c.id, start: c.anchorStart, end: c.anchorEnd, kind: "claim" as const, status: c.status,
      label: `claim by ${c.speakerName}: ${STATUS_INFO[c.status].label}`,
    })),
    ...suggestions.map((s) => ({ id: `suggestion-${s.key}-${s.start}`, start: s.start, end: s.end, kind: "suggestion" as const, label: "suggested claim" })),
  ];

  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="font-serif text-3xl font-bold leading-tight">{article.title}</h1>
          <p className="text-sm text-stone-700">
            {article.outlet}
            {article.publishedAt && ` · ${article.publishedAt}`} · {claims.length} claims ·{" "}
            <Link href={`/articles/${article.slug}`} className="underline">
              Public page
            </Link>
          </p>
        </div>
        <button type="button" className={secondaryButtonClass} onClick={() => setEditingArticle((v) => !v)} aria-expanded={editingArticle}>
          {editingArticle ? "Close the article editor" : "Edit article text"}
        </button>
      </header>
      <p role="status" aria-live="polite">
        {notice}
      </p>
      {editingArticle && (
        <ArticleEditor
          article={article}
          onDone={(message) => {
            setNotice(message);
            setEditingArticle(false);
          }}
        />
      )}
      {lost.length > 0 && (
        <div role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-950">
          <p className="font-semibold">
            <span aria-hidden="true">⚠ </span>
            {lost.length} claim{lost.length === 1 ? " has" : "s have"} lost {lost.length === 1 ? "its" : "their"} place in the text after an edit. Select one, then
            select the words it belongs to and choose “Anchor here”.
          </p>
          <ul className="mt-1 list-disc pl-5">
            {lost.map((c) => (
              <li key={c.id}>
                <button type="button" className="text-left underline" onClick={() => setSelectedId(c.id)}>
                  “{c.quote}”
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <nav aria-label="Claims" className="flex flex-wrap items-center gap-2 text-sm">
        <button type="button" className={secondaryButtonClass} onClick={() => move(-1)} aria-keyshortcuts="k">
          ← Previous claim
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => move(1)} aria-keyshortcuts="j">
          Next claim →
        </button>
        <span className="text-stone-700">
          Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous · select text to create a claim
        </span>
      </nav>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="body-title" className="min-w-0">
          <h2 id="body-title" className="sr-only">
            Article text
          </h2>
          <AnnotatedBody
            body={article.body}
            marks={marks}
            selectedId={selectedId}
            onSelectText={setSelection}
            onSelectMark={(m) => {
              if (m.kind === "claim") {
                setSelectedId(m.id);
                setSelection(null);
              } else {
                document.getElementById(`suggestion-card-${m.id}`)?.scrollIntoView({ block: "center" });
              }
            }}
          />
        </section>
        <aside aria-label="Claim panel" className="space-y-6">
          {selection && (
            <section aria-labelledby="selection-title" className="space-y-2 rounded border border-blue-700 bg-blue-50 p-3">
              <h2 id="selection-title" className="font-serif text-xl font-semibold">
                New claim from selection
              </h2>
              {selected?.anchorLost && (
                <p>
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    onClick={async () => {
                      const r = await reanchor.run({ claimId: selected.id, anchorStart: selection.start, anchorEnd: selection.end, quote: selection.quote });
                      if (r.ok) {
                        setSelection(null);
                        router.refresh();
                      }
                    }}
                  >
                    Anchor the selected claim here
                  </button>
                </p>
              )}
              {reanchor.result && !reanchor.result.ok && <FormMessage kind="error">{reanchor.result.error}</FormMessage>}
              <NewClaimForm
                key={`${selection.start}-${selection.end}`}
                articleId={article.id}
                anchor={selection}
                speakers={speakers}
                title="New claim from selection"
                submitLabel="Create claim"
                initial={{ text: selection.quote, speaker: { speakerId: NEW_SPEAKER, speakerName: "", speakerRole: "" } }}
                onCancel={() => setSelection(null)}
                onCreated={(id) => {
                  setSelection(null);
                  setSelectedId(id);
                  window.getSelection()?.removeAllRanges();
                  router.refresh();
                }}
              />
            </section>
          )}
          {selected && (
            <section aria-labelledby="claim-title" className="space-y-4 rounded border border-stone-300 bg-stone-100 p-3">
              <h2 id="claim-title" className="flex flex-wrap items-center gap-2 font-serif text-xl font-semibold">
                Claim by {selected.speakerName} <StatusBadge status={selected.status} />
              </h2>
              {selected.anchorLost && <p className="text-sm font-semibold text-red-800">⚠ Lost its place in the text: “{selected.quote}”</p>}
              <ClaimEditor key={selected.id} claim={selected} speakers={speakers} />
              <EvidenceEditor claim={selected} />
              <LinkEditor claim={selected} />
              <ClaimHistory history={selected.history} />
            </section>
          )}
          <section aria-labelledby="claim-list-title" className="space-y-2">
            <h2 id="claim-list-title" className="font-serif text-xl font-semibold">
              Claims ({claims.length})
            </h2>
            <ol className="space-y-1 text-sm">
              {claims.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    aria-current={c.id === selectedId ? "true" : undefined}
                    className="w-full rounded px-1 text-left hover:bg-stone-200 aria-[current=true]:bg-blue-100"
                    onClick={() => {
                      setSelectedId(c.id);
                      setSelection(null);
                    }}
                  >
                    <StatusBadge status={c.status} /> {c.anchorLost && "⚠ "}
                    {c.speakerName}: {c.text.length > 90 ? `${c.text.slice(0, 90)}…` : c.text}
                  </button>
                </li>
              ))}
            </ol>
          </section>
          <SuggestionList
            articleId={article.id}
            suggestions={suggestions}
            speakers={speakers}
            onFocus={(s) => document.querySelector(`[data-mark-id="suggestion-${s.key}-${s.start}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" })}
            onAccepted={(id) => {
              setSelectedId(id);
              router.refresh();
            }}
          />
        </aside>
      </div>
    </div>
  );
}
