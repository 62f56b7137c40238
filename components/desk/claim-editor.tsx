"use client";
// The side panel's claim form. Saves name the version the editor started from; a
// save refused as stale says who changed what, shows their saved values next to the
// editor's, and keeps everything typed (the form state is never reset by a refresh).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldError, FormMessage, buttonClass, inputClass, secondaryButtonClass } from "@/components/forms/field";
import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from "@/lib/claims/status";
import { createSpeaker, saveClaim } from "@/lib/desk/claim-actions";
import type { WorkspaceClaim } from "@/lib/desk/queries";
import { NEW_SPEAKER, SpeakerPicker, type SpeakerValue } from "./speaker-picker";
import { useDeskAction } from "./use-desk-action";
import { fieldErrors } from "@/components/forms/use-action-form";

type Form = { text: string; speaker: SpeakerValue; statedAt: string; status: ClaimStatus; statusReason: string; rationale: string; editorNotes: string };
type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; message: string; stale: boolean };

function formOf(claim: WorkspaceClaim): Form {
  return {
    text: claim.text,
    speaker: { speakerId: claim.speakerId, speakerName: "", speakerRole: claim.speakerRole },
    statedAt: claim.statedAt,
    status: claim.status,
    statusReason: "",
    rationale: claim.rationale,
    editorNotes: claim.editorNotes,
  };
}

const LABELS: Record<string, string> = {
  text: "Claim text", speakerId: "Speaker", speakerRole: "Role", statedAt: "Date said", rationale: "Rationale", editorNotes: "Editor notes", status: "Status",
};

const COMPARED = ["text", "speakerId", "speakerRole", "statedAt", "status", "rationale", "editorNotes"] as const;
type Snapshot = Pick<WorkspaceClaim, (typeof COMPARED)[number]>;

function savedValue(claim: WorkspaceClaim, field: string): string {
  if (field === "speakerId") return claim.speakerName;
  if (field === "status") return STATUS_INFO[claim.status].label;
  const value = (claim as Record<string, unknown>)[field];
  return typeof value === "string" && value ? value : "(empty)";
}

export function ClaimEditor({ claim, speakers }: { claim: WorkspaceClaim; speakers: { id: string; name: string }[] }) {
  const router = useRouter();
  const [form, setForm] = useState<Form>(() => formOf(claim));
  const [baseVersion, setBaseVersion] = useState(claim.version);
  const [base, setBase] = useState<Snapshot>(claim);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const save = useDeskAction(saveClaim);
  const newSpeaker = useDeskAction(createSpeaker);
  const statusChanged = form.status !== base.status;
  const locked = claim.locked !== null;
  // What the other editor changed: the saved claim now versus what this form started from.
  const staleFields = state.kind === "failed" && state.stale ? COMPARED.filter((f) => claim[f] !== base[f]) : [];

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (state.kind === "saved") setState({ kind: "idle" });
  };

  async function submit(version = baseVersion, overwrite = false) {
    if (locked) return;
    setState({ kind: "saving" });
    let speakerId = form.speaker.speakerId;
    if (speakerId === NEW_SPEAKER || !speakerId) {
      const created = await newSpeaker.run({ name: form.speaker.speakerName });
      if (!created.ok) return setState({ kind: "failed", message: created.fieldErrors?.name?.join(" ") ?? created.error, stale: false });
      speakerId = created.data.id;
      setForm((f) => ({ ...f, speaker: { ...f.speaker, speakerId } }));
    }
    // Only what this editor changed is sent, so saving on top of someone else's
    // version keeps their other edits.
    // Changed by this editor = differs from the version they started from (base).
    const values: Snapshot = {
      text: form.text.trim(), speakerId, speakerRole: form.speaker.speakerRole.trim(), statedAt: form.statedAt,
      status: form.status, rationale: form.rationale.trim(), editorNotes: form.editorNotes,
    };
    const dirty = COMPARED.filter((f) => values[f] !== base[f]);
    const outcome = await save.run({
      claimId: claim.id,
      expectedVersion: version,
      ...Object.fromEntries(dirty.map((f) => [f, f === "statedAt" ? values.statedAt || null : values[f]])),
      ...(dirty.includes("status") && { statusReason: form.statusReason }),
    });
    if (outcome.ok) {
      setBaseVersion(outcome.data.version);
      // On top of their version: the form now shows their values wherever this editor changed nothing.
      const saved: Snapshot = { ...(overwrite ? claim : base), ...Object.fromEntries(dirty.map((f) => [f, values[f]])) };
      setBase(saved);
      if (overwrite) {
        setForm((f) => ({
          ...f,
          text: saved.text, statedAt: saved.statedAt, status: saved.status, rationale: saved.rationale, editorNotes: saved.editorNotes,
          speaker: { ...f.speaker, speakerId: saved.speakerId, speakerRole: saved.speakerRole },
        }));
      }
      setForm((f) => ({ ...f, statusReason: "" }));
      setState({ kind: "saved" });
    } else {
      setState({ kind: "failed", message: outcome.error, stale: outcome.code === "conflict" && /saved this claim after you opened it/.test(outcome.error) });
    }
    // Fresh data either way: after a refusal it shows what the other editor saved.
    router.refresh();
  }

  return (
    <form
      aria-label="Edit claim"
      className="space-y-3"
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
      {claim.locked && (
        <div role="note" className="rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <span aria-hidden="true">🔒 </span>
          <strong>Locked by a moderator{claim.locked.by ? ` (${claim.locked.by})` : ""}:</strong> {claim.locked.reason || "no reason given"}. Editors cannot
          save changes until the lock is lifted.
        </div>
      )}
      {state.kind === "failed" && (
        <FormMessage kind="error">
          {state.message}
          {staleFields.length > 0 && (
            <span className="mt-2 block">
              Saved by them now:
              <span className="mt-1 block space-y-1">
                {staleFields.map((f) => (
                  <span key={f} className="block">
                    <strong>{LABELS[f] ?? f}:</strong> {savedValue(claim, f)}
                  </span>
                ))}
              </span>
            </span>
          )}
        </FormMessage>
      )}
      {state.kind === "failed" && state.stale && claim.version !== baseVersion && (
        <button type="button" className={secondaryButtonClass} onClick={() => void submit(claim.version, true)}>
          Save my changes on top of theirs
        </button>
      )}
      <fieldset disabled={locked} className="space-y-3">
        <div className="space-y-1">
          <label htmlFor="claim-text" className="block text-sm font-semibold">
            Claim text
          </label>
          <textarea id="claim-text" rows={3} className={inputClass} value={form.text} onChange={(e) => set("text", e.target.value)} />
          <FieldError id="claim-text-error" errors={fieldErrors(save.result, "text")} />
        </div>
        <SpeakerPicker speakers={speakers} value={form.speaker} onChange={(v) => set("speaker", v)} />
        <div className="space-y-1">
          <label htmlFor="claim-date" className="block text-sm font-semibold">
            Date said
          </label>
          <input id="claim-date" type="date" className={inputClass} value={form.statedAt} onChange={(e) => set("statedAt", e.target.value)} />
        </div>
        <div className="space-y-1">
          <label htmlFor="claim-status" className="block text-sm font-semibold">
            Status
          </label>
          <select id="claim-status" className={inputClass} value={form.status} onChange={(e) => set("status", e.target.value as ClaimStatus)}>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_INFO[s].icon} {STATUS_INFO[s].label}
              </option>
            ))}
          </select>
        </div>
        {statusChanged && (
          <div className="space-y-1">
            <label htmlFor="claim-reason" className="block text-sm font-semibold">
              Reason for the status change (required)
            </label>
            <textarea
              id="claim-reason"
              rows={2}
              required
              className={inputClass}
              value={form.statusReason}
              aria-invalid={fieldErrors(save.result, "statusReason") ? true : undefined}
              aria-describedby={fieldErrors(save.result, "statusReason") ? "claim-reason-error" : undefined}
              onChange={(e) => set("statusReason", e.target.value)}
            />
            <FieldError id="claim-reason-error" errors={fieldErrors(save.result, "statusReason")} />
          </div>
        )}
        <div className="space-y-1">
          <label htmlFor="claim-rationale" className="block text-sm font-semibold">
            Rationale (public)
          </label>
          <textarea id="claim-rationale" rows={3} className={inputClass} value={form.rationale} onChange={(e) => set("rationale", e.target.value)} />
        </div>
        <div className="space-y-1">
          <label htmlFor="claim-notes" className="block text-sm font-semibold">
            Editor notes (internal, never published)
          </label>
          <textarea id="claim-notes" rows={2} className={inputClass} value={form.editorNotes} onChange={(e) => set("editorNotes", e.target.value)} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClass} disabled={state.kind === "saving"}>
            Save claim
          </button>
          <span className="text-sm text-stone-700">
            <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> saves
          </span>
        </div>
      </fieldset>
      <p role="status" aria-live="polite" className="text-sm font-medium" data-testid="save-state">
        {state.kind === "saving" && "Saving…"}
        {state.kind === "saved" && "✓ Saved."}
        {state.kind === "failed" && "⚠ Not saved."}
      </p>
    </form>
  );
}
