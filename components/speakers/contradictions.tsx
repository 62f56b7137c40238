import Link from "next/link";
import type { PublicSpeaker } from "@/lib/speakers/public";
import { StatusBadge } from "@/components/claims/status-badge";

type Side = PublicSpeaker["contradictions"][number]["fromClaim"];

function ClaimLine({ claim }: { claim: Side }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className="font-semibold">{claim.speaker.name}:</span>
      <Link href={`/claims/${claim.id}`} className="underline underline-offset-4">
        “{claim.text}”
      </Link>
      <StatusBadge status={claim.status} />
    </span>
  );
}

/** The newest contradiction links to or from the speaker's claims, read as "A contradicts B". */
export function Contradictions({ links, total }: { links: PublicSpeaker["contradictions"]; total: number }) {
  return (
    <section aria-labelledby="contradictions-title" className="space-y-3">
      <h2 id="contradictions-title" className="font-serif text-2xl font-bold">
        Contradictions ({total})
      </h2>
      {total > links.length && (
        <p className="text-sm text-stone-700">
          The {links.length} most recent. Every claim&apos;s page lists all of its links.
        </p>
      )}
      {links.length === 0 ? (
        <p className="text-sm text-stone-700">None recorded.</p>
      ) : (
        <ul className="space-y-3">
          {links.map((link) => (
            <li key={link.id} className="space-y-1 rounded border border-stone-300 bg-white p-3 text-sm">
              <p>
                <ClaimLine claim={link.fromClaim} />
              </p>
              <p className="font-semibold">contradicts</p>
              <p>
                <ClaimLine claim={link.toClaim} />
              </p>
              {link.note && <p className="text-stone-700">{link.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
