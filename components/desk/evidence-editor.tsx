"use client";
// A claim's evidence: add, edit and remove entries (kind, stance, source, http(s) URL, excerpt, date).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FieldError, FormMessage, buttonClass, inputClass, secondaryButtonClass } from "@/components/forms/field";
import { addEvidence, removeEvidence, updateEvidence } from "@/lib/desk/claim-actions";
import { EVIDENCE_KINDS, STANCES } from "@/lib/desk/schemas";
import type { WorkspaceClaim } from "@/lib/desk/queries";
import { useDeskAction } from "./use-desk-action";
import { fieldErrors } from "@/components/forms/use-action-form";

type Evidence = WorkspaceClaim["evidence"][number];
type Fields = Omit<Evidence, "id">;
const EMPTY: Fields = { kind: "media_report", stance: "supports", sourceName: "", url: "", excerpt: "", publishedAt: "" };
const KIND_LABELS: Record<(typeof EVIDENCE_KINDS)[number], string> = {
  official_statement: "Official statement", document: "Document", media_report: "Media report", data: "Data", other: "Other",
};
const STANCE_LABELS: Record<(typeof STANCES)[number], string> = { supports: "Supports", contradicts: "Contradicts", context: "Context" };

function EvidenceForm(props: { initial: Fields; submitLabel: string; onSubmit: (f: Fields) => Promise<boolean>; onCancel?: () => void; errors: (field: string) => string[] | undefined; pending: boolean }) {
  const id = useId();
  const [f, setF] = useState(props.initial);
  const field = (key: keyof Fields, label: string, type = "text") => (
    <div className="space-y-1">
      <label htmlFor={`${id}-${key}`} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        type={type}
        className={inputClass}
        value={f[key]}
        aria-invalid={props.errors(key) ? true : undefined}
        aria-describedby={props.errors(key) ? `${id}-${key}-error` : undefined}
        onChange={(e) => setF({ ...f, [key]: e.target.value })}
      />
      <FieldError id={`${id}-${key}-error`} errors={props.errors(key)} />
    </div>
  );
  return (
    <form
      className="space-y-2 rounded border border-stone-300 p-3"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if ((await props.onSubmit(f)) && props.initial === EMPTY) setF(EMPTY);
      }}
    >
      <div className="grid grid-cols-2 gap-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-kind`} className="block text-sm font-semibold">
            Kind
          </label>
          <select id={`${id}-kind`} className={inputClass} value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value as Fields["kind"] })}>
            {EVIDENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-stance`} className="block text-sm font-semibold">
            Stance
          </label>
          <select id={`${id}-stance`} className={inputClass} value={f.stance} onChange={(e) => setF({ ...f, stance: e.target.value as Fields["stance"] })}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {STANCE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {field("sourceName", "Source")}
      {field("url", "Web address (http or https)", "url")}
      {field("excerpt", "Excerpt")}
      {field("publishedAt", "Date", "date")}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass} disabled={props.pending}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className={secondaryButtonClass} onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

export function EvidenceEditor({ claim }: { claim: WorkspaceClaim }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const add = useDeskAction(addEvidence);
  const update = useDeskAction(updateEvidence);
  const remove = useDeskAction(removeEvidence);
  const failure = [add.result, update.result, remove.result].find((r) => r && !r.ok && r.code !== "invalid");
  const disabled = claim.locked !== null;
  return (
    <section aria-labelledby="evidence-title" className="space-y-2">
      <h3 id="evidence-title" className="font-serif text-lg font-semibold">
        Evidence ({claim.evidence.length})
      </h3>
      {failure && !failure.ok && <FormMessage kind="error">{failure.error}</FormMessage>}
      <ul className="space-y-2">
        {claim.evidence.map((e) =>
          editing === e.id ? (
            <li key={e.id}>
              <EvidenceForm
                initial={e}
                submitLabel="Save evidence"
                pending={update.pending}
                errors={(f) => fieldErrors(update.result, f)}
                onCancel={() => setEditing(null)}
                onSubmit={async (f) => {
                  const r = await update.run({ evidenceId: e.id, ...f });
                  if (r.ok) {
                    setEditing(null);
                    router.refresh();
                  }
                  return r.ok;
                }}
              />
            </li>
          ) : (
            <li key={e.id} className="rounded border border-stone-300 bg-white p-2 text-sm">
              <p>
                <strong>{STANCE_LABELS[e.stance]}</strong> · {KIND_LABELS[e.kind]} · {e.url ? <a href={e.url} className="underline" rel="noreferrer noopener" target="_blank">{e.sourceName}</a> : e.sourceName}
                {e.publishedAt && ` · ${e.publishedAt}`}
              </p>
              {e.excerpt && <p className="mt-1 italic">“{e.excerpt}”</p>}
              {!disabled && (
                <p className="mt-1 flex gap-3">
                  <button type="button" className="underline" onClick={() => setEditing(e.id)}>
                    Edit<span className="sr-only"> evidence from {e.sourceName}</span>
                  </button>
                  <button
                    type="button"
                    className="underline"
                    onClick={async () => {
                      if ((await remove.run({ evidenceId: e.id })).ok) router.refresh();
                    }}
                  >
                    Remove<span className="sr-only"> evidence from {e.sourceName}</span>
                  </button>
                </p>
              )}
            </li>
          ),
        )}
      </ul>
      {!disabled && (
        <details>
          <summary className="cursor-pointer text-sm font-semibold">Add evidence</summary>
          <EvidenceForm
            initial={EMPTY}
            submitLabel="Add evidence"
            pending={add.pending}
            errors={(f) => fieldErrors(add.result, f)}
            onSubmit={async (f) => {
              const r = await add.run({ claimId: claim.id, ...f });
              if (r.ok) router.refresh();
              return r.ok;
            }}
          />
        </details>
      )}
    </section>
  );
}
