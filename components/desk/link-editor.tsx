"use client";
// Links between claims (across articles): search by words of the claim or the speaker's name, pick a link type.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormMessage, inputClass, secondaryButtonClass } from "@/components/forms/field";
import { LINK_LABELS, LINK_TYPES, type LinkType } from "@/lib/claims/links";
import { addLink, findClaimsToLink, removeLink } from "@/lib/desk/claim-actions";
import type { WorkspaceClaim } from "@/lib/desk/queries";
import { useDeskAction } from "./use-desk-action";

export function LinkEditor({ claim }: { claim: WorkspaceClaim }) {
  const id = useId();
  const router = useRouter();
  const [q, setQ] = useState("");
  const [type, setType] = useState<LinkType>("contradicts");
  const find = useDeskAction(findClaimsToLink);
  const add = useDeskAction(addLink);
  const remove = useDeskAction(removeLink);
  const failure = [add.result, remove.result].find((r) => r && !r.ok);
  const disabled = claim.locked !== null;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2">
      <h3 id={`${id}-title`} className="font-serif text-lg font-semibold">
        Linked claims ({claim.links.length})
      </h3>
      {failure && !failure.ok && <FormMessage kind="error">{failure.error}</FormMessage>}
      <ul className="space-y-1 text-sm">
        {claim.links.map((l) => (
          <li key={l.id}>
            <strong>{l.direction === "outgoing" ? LINK_LABELS[l.type].outgoing : LINK_LABELS[l.type].incoming}</strong>: “{l.other.text}” ({l.other.speakerName}, {l.other.articleTitle})
            {l.direction === "outgoing" && !disabled && (
              <button
                type="button"
                className="ml-2 underline"
                onClick={async () => {
                  if ((await remove.run({ linkId: l.id })).ok) router.refresh();
                }}
              >
                Remove<span className="sr-only"> link</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <details>
          <summary className="cursor-pointer text-sm font-semibold">Link to another claim</summary>
          <form
            role="search"
            className="mt-2 space-y-2"
            onSubmit={(e) => {
              e.preventDefault();
              void find.run({ q, excludeClaimId: claim.id });
            }}
          >
            <div className="space-y-1">
              <label htmlFor={`${id}-type`} className="block text-sm font-semibold">
                This claim…
              </label>
              <select id={`${id}-type`} className={inputClass} value={type} onChange={(e) => setType(e.target.value as LinkType)}>
                {LINK_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {LINK_LABELS[t].outgoing.toLowerCase()}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex gap-2">
              <label htmlFor={`${id}-q`} className="sr-only">
                Search claims by text or speaker
              </label>
              <input id={`${id}-q`} className={inputClass} placeholder="Search claims by text or speaker" value={q} onChange={(e) => setQ(e.target.value)} />
              <button type="submit" className={secondaryButtonClass} disabled={find.pending}>
                Search
              </button>
            </div>
          </form>
          {find.result?.ok && (
            <ul className="mt-2 space-y-1 text-sm" aria-label="Claims found">
              {find.result.data.length === 0 && <li>No claims match.</li>}
              {find.result.data.map((hit) => (
                <li key={hit.id} className="flex items-start justify-between gap-2 rounded border border-stone-200 bg-white p-2">
                  <span>
                    “{hit.text}” <span className="text-stone-700">— {hit.speaker}, {hit.article}</span>
                  </span>
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    disabled={add.pending}
                    onClick={async () => {
                      if ((await add.run({ fromClaimId: claim.id, toClaimId: hit.id, type })).ok) router.refresh();
                    }}
                  >
                    Link<span className="sr-only">: this claim {LINK_LABELS[type].outgoing.toLowerCase()} “{hit.text}”</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </section>
  );
}
