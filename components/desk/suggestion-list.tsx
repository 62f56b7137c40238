"use client";
// Claim suggestions for the article: accept (optionally editing) or dismiss each.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage, secondaryButtonClass } from "@/components/forms/field";
import { dismissSuggestion } from "@/lib/desk/article-actions";
import type { WorkspaceSuggestion } from "@/lib/desk/queries";
import { NewClaimForm } from "./new-claim-form";
import { NEW_SPEAKER } from "./speaker-picker";
import { useDeskAction } from "./use-desk-action";

export function SuggestionList(props: {
  articleId: string;
  suggestions: WorkspaceSuggestion[];
  speakers: { id: string; name: string }[];
  onFocus: (s: WorkspaceSuggestion) => void;
  onAccepted: (claimId: string) => void;
}) {
  const router = useRouter();
  const [open, setOpen] = useState<string | null>(null);
  const dismiss = useDeskAction(dismissSuggestion);
  return (
    <section aria-labelledby="suggestions-title" className="space-y-2">
      <h2 id="suggestions-title" className="font-serif text-xl font-semibold">
        Suggested claims ({props.suggestions.length})
      </h2>
      {dismiss.result && !dismiss.result.ok && <FormMessage kind="error">{dismiss.result.error}</FormMessage>}
      {props.suggestions.length === 0 && <p className="text-sm">No open suggestions.</p>}
      <ol className="space-y-2">
        {props.suggestions.map((s, i) => (
          <li key={`${s.key}-${s.start}`} id={`suggestion-card-suggestion-${s.key}-${s.start}`} className="rounded border border-stone-300 bg-white p-2 text-sm" aria-label={`Suggestion ${i + 1}`}>
            {open === s.key ? (
              <NewClaimForm
                articleId={props.articleId}
                anchor={s}
                speakers={props.speakers}
                title={`Accept suggestion ${i + 1}`}
                submitLabel="Accept as claim"
                initial={{
                  text: s.text,
                  speaker: { speakerId: s.matchedSpeakerId ?? NEW_SPEAKER, speakerName: s.speaker?.name ?? "", speakerRole: s.speaker?.role ?? "" },
                }}
                onCancel={() => setOpen(null)}
                onCreated={(id) => {
                  setOpen(null);
                  props.onAccepted(id);
                }}
              />
            ) : (
              <>
                <button type="button" className="text-left font-serif hover:underline" onClick={() => props.onFocus(s)}>
                  {s.quote}
                </button>
                <p className="mt-1 text-stone-700">
                  {s.speaker ? (
                    <>
                      Speaker: <strong>{s.speaker.name}</strong>
                      {s.speaker.role && `, ${s.speaker.role}`}
                    </>
                  ) : (
                    "No speaker named"
                  )}{" "}
                  · {s.reasons.join(", ")}
                </p>
                <p className="mt-1 flex gap-2">
                  <button type="button" className={secondaryButtonClass} onClick={() => setOpen(s.key)}>
                    Accept…<span className="sr-only"> suggestion {i + 1}</span>
                  </button>
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    disabled={dismiss.pending}
                    onClick={async () => {
                      if ((await dismiss.run({ articleId: props.articleId, key: s.key, quote: s.quote })).ok) router.refresh();
                    }}
                  >
                    Dismiss<span className="sr-only"> suggestion {i + 1}</span>
                  </button>
                </p>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
