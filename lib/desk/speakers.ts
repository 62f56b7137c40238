// Speakers on the desk: creating one on the fly, and matching a suggested name
// ("Dimitri Peskov") to a speaker already in the database ("Dmitry Peskov").
import type { Db } from "@/lib/db/client";
import { slugify } from "@/lib/slug";
import { fold } from "@/lib/suggestions/speakers";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type SpeakerOption = { id: string; name: string; slug: string };

/** The existing speaker a suggested name most likely means: same name, else same surname (if only one). */
export function matchSpeaker(name: string, speakers: SpeakerOption[]): SpeakerOption | null {
  const slug = slugify(name);
  const exact = speakers.find((s) => s.slug === slug || fold(s.name) === fold(name));
  if (exact) return exact;
  const surname = (n: string) => fold(n.trim().split(/\s+/).at(-1) ?? "").replace(/[^a-z]/g, "");
  // Transliterations differ in the middle ("Dmitriev"/"Dmítriev", "Dimitri"/"Dmitry"), rarely in the surname's first letters.
  const wanted = surname(name);
  if (wanted.length < 3 || name.trim().split(/\s+/).length < 2) return null;
  const same = speakers.filter((s) => surname(s.name) === wanted);
  return same.length === 1 ? same[0]! : null;
}

/** The speaker with this name, created if there is none. */
export async function findOrCreateSpeaker(tx: Tx | Db, name: string, description = ""): Promise<{ id: string; slug: string }> {
  const base = slugify(name);
  const existing = await tx.speaker.findUnique({ where: { slug: base }, select: { id: true, slug: true, name: true } });
  if (existing && fold(existing.name) === fold(name)) return existing;
  let slug = base;
  for (let n = 2; existing && (await tx.speaker.findUnique({ where: { slug }, select: { id: true } })); n++) slug = `${base}-${n}`;
  return tx.speaker.create({ data: { slug, name: name.trim(), description }, select: { id: true, slug: true } });
}
