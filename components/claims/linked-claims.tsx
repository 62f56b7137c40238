import Link from "next/link";
import type { PublicClaim } from "@/lib/claims/public";
import { LINK_LABELS } from "@/lib/claims/links";
import { StatusBadge } from "./status-badge";

/** Claims linked to this one, in both directions: "Contradicted by Yuri Ushakov: …". */
export function LinkedClaims({ claim }: { claim: PublicClaim }) {
  const links = [
    ...claim.linksTo.map((l) => ({ id: l.id, label: LINK_LABELS[l.type].incoming, note: l.note, other: l.fromClaim })),
    ...claim.linksFrom.map((l) => ({ id: l.id, label: LINK_LABELS[l.type].outgoing, note: l.note, other: l.toClaim })),
  ];
  return (
    <section aria-labelledby="linked-title" className="space-y-3">
      <h2 id="linked-title" className="font-serif text-xl font-bold">
        Related claims
      </h2>
      {links.length === 0 ? (
        <p className="text-sm text-stone-700">No related claims recorded.</p>
      ) : (
        <ul className="space-y-3" aria-label="Related claims">
          {links.map((link) => (
            <li key={link.id} className="rounded border border-stone-300 bg-white p-3 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">
                  {link.label} {link.other.speaker.name}:
                </span>
                <StatusBadge status={link.other.status} />
              </p>
              <p className="mt-1">
                <Link href={`/claims/${link.other.id}`} className="underline underline-offset-4">
                  “{link.other.text}”
                </Link>
              </p>
              {link.note && <p className="mt-1 text-stone-700">{link.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
