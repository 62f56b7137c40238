"use client";
// Creating a claim from selected words or from an accepted suggestion.
import { useState } from "react";
import { FieldError, FormMessage, buttonClass, inputClass, secondaryButtonClass } from "@/components/forms/field";
import { createClaim } from "@/lib/desk/claim-actions";
import { SpeakerPicker, speakerInput, type SpeakerValue } from "./speaker-picker";
import { useDeskAction } from "./use-desk-action";
import { fieldErrors } from "@/components/forms/use-action-form";

export function NewClaimForm(props: {
  articleId: string;
  anchor: { start: number; end: number; quote: string };
  speakers: { id: string; name: string }[];
  initial: { text: string; speaker: SpeakerValue };
  title: string;
  submitLabel: string;
  onCreated: (claimId: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(props.initial.text);
  const [statedAt, setStatedAt] = useState("");
  const [speaker, setSpeaker] = useState(props.initial.speaker);
  const { result, pending, run } = useDeskAction(createClaim);
  const submit = async () => {
    const outcome = await run({
      articleId: props.articleId,
      anchorStart: props.anchor.start,
      anchorEnd: props.anchor.end,
      quote: props.anchor.quote,
      text,
      statedAt,
      ...speakerInput(speaker),
    });
    if (outcome.ok) props.onCreated(outcome.data.claimId);
  };
  return (
    <form
      className="space-y-3"
      aria-label={props.title}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        }
      }}
    >
      <blockquote className="border-l-4 border-stone-400 pl-3 font-serif text-sm italic">{props.anchor.quote}</blockquote>
      {result && !result.ok && <FormMessage kind="error">{result.error}</FormMessage>}
      <div className="space-y-1">
        <label htmlFor={`text-${props.anchor.start}`} className="block text-sm font-semibold">
          Claim text
        </label>
        <textarea id={`text-${props.anchor.start}`} rows={3} className={inputClass} value={text} onChange={(e) => setText(e.target.value)} />
        <FieldError id={`text-${props.anchor.start}-error`} errors={fieldErrors(result, "text")} />
      </div>
      <SpeakerPicker speakers={props.speakers} value={speaker} onChange={setSpeaker} errors={fieldErrors(result, "speakerName")} />
      <div className="space-y-1">
        <label htmlFor={`stated-${props.anchor.start}`} className="block text-sm font-semibold">
          Date said (optional)
        </label>
        <input id={`stated-${props.anchor.start}`} type="date" className={inputClass} value={statedAt} onChange={(e) => setStatedAt(e.target.value)} />
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Saving…" : props.submitLabel}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
