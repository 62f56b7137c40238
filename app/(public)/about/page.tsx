import type { Metadata } from "next";
import { StatusLegend } from "@/components/claims/status-legend";

export const metadata: Metadata = { title: "How we check claims" };

// No database read: the benchmark's baseline route (bench/run.ts). It is still rendered
// per request, like every page, because the nonce-based CSP needs a fresh nonce each time.

export default function AboutPage() {
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">How we check claims</h1>
      <p>
        For every article we publish, our editors log each factual claim: who made it, their role at the time, what
        exactly was said and where it appears in the text. Each claim gets one of three statuses, with a short public
        explanation and the evidence behind it.
      </p>
      <StatusLegend />
      <h2 className="font-serif text-2xl font-bold">Evidence and history</h2>
      <p>
        Evidence is an official statement, a document, a media report or data, marked as supporting, contradicting or
        giving context to the claim. Every change of status is kept in the claim&apos;s public history with the reason
        for it; nothing is rewritten after the fact.
      </p>
      <h2 className="font-serif text-2xl font-bold">Disagree with a verdict?</h2>
      <p>
        Every claim page has a form to dispute its status. A moderator who did not make the original call reviews each
        dispute, and the decision and its reason are published on the claim page.
      </p>
    </div>
  );
}
