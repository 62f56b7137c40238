import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { getPublicSpeaker } from "@/lib/speakers/public";
import { StatusCounts } from "@/components/claims/status-counts";
import { Contradictions } from "@/components/speakers/contradictions";
import { SpeakerClaims } from "@/components/speakers/speaker-claims";
import { Pager } from "@/components/speakers/pager";

export const dynamic = "force-dynamic";

// The same arguments as the page's call, so React's cache() answers both with one load.
export async function generateMetadata(props: PageProps<"/speakers/[id]">): Promise<Metadata> {
  const speaker = await getPublicSpeaker(db, (await props.params).id, pageFrom((await props.searchParams).page));
  return { title: speaker?.name ?? "Speaker not found" };
}

function pageFrom(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

export default async function SpeakerPage(props: PageProps<"/speakers/[id]">) {
  const page = pageFrom((await props.searchParams).page);
  const speaker = await getPublicSpeaker(db, (await props.params).id, page);
  if (!speaker) notFound();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">{speaker.name}</h1>
        {speaker.description && <p className="text-stone-800">{speaker.description}</p>}
        <section aria-labelledby="record-title" className="space-y-2 pt-2">
          <h2 id="record-title" className="font-semibold">
            Track record
          </h2>
          <StatusCounts counts={speaker.counts} label="Claims by status" />
        </section>
      </header>
      <SpeakerClaims claims={speaker.claims} />
      <Pager basePath={`/speakers/${speaker.slug}`} {...speaker.pagination} />
      <Contradictions links={speaker.contradictions} total={speaker.contradictionCount} />
    </div>
  );
}
