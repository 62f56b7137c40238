// Claim suggestions: the sentences (or clauses) of an article that report what
// someone said, confirmed or denied, or state a checkable fact (numbers, dates,
// events), each with its exact anchor in the body and a proposed speaker.
//
// A pure function of the body: the same body always gives the same suggestions with
// the same keys, so they are computed on demand rather than stored (dismissals are
// recorded by key, see lib/desk/suggestion-service.ts).
import { EVENT_VERB, MONTH_OR_DAY, NUMBER, REPORTING_VERB, SOURCE_PHRASE } from "./lexicon";
import { splitSentences, trimmedSpan, type Span } from "./sentences";
import { SpeakerTracker, type Mention } from "./speakers";

export type SuggestionReason = "reported speech" | "quotation" | "attribution" | "number" | "date" | "event";

export type ProposedSpeaker = {
  /** The person's full name as the article gives it, or the source ("American media"). */
  name: string;
  /** Their role as the article states it, e.g. "Putin’s foreign policy adviser". */
  role: string;
  kind: "person" | "source";
};

export type Suggestion = {
  key: string;
  start: number;
  end: number;
  quote: string;
  text: string;
  speaker: ProposedSpeaker | null;
  reasons: SuggestionReason[];
};

/** FNV-1a: a short stable key for a quote (same text → same key, on every machine). */
export function suggestionKey(quote: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < quote.length; i++) {
    hash ^= quote.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `s${hash.toString(36)}-${quote.length}`;
}

function isHeading(body: string, sentence: Span): boolean {
  return !/[.!?”"’)]$/u.test(sentence.text) && sentence.text.split(/\s+/).length <= 10;
}

/** Quoted passages of at least three words, as body offsets. */
function quotations(body: string, clause: Span): Span[] {
  return [...clause.text.matchAll(/“([^”]+)”|"([^"]+)"/gu)]
    .filter((m) => (m[1] ?? m[2] ?? "").trim().split(/\s+/).length >= 3)
    .map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length, text: m[0] }));
}

/** Splits "X said A, while Y stressed B" into one clause per speaker. */
function clauses(body: string, sentence: Span): Span[] {
  const cuts = [...sentence.text.matchAll(/,\s+while\s+|;\s+/gu)].filter((m) => {
    const before = sentence.text.slice(0, m.index);
    // Only outside quotations.
    return (before.match(/“/g)?.length ?? 0) === (before.match(/”/g)?.length ?? 0);
  });
  const out: Span[] = [];
  let from = sentence.start;
  for (const cut of cuts) {
    const at = sentence.start + cut.index;
    const left = trimmedSpan(body, from, at);
    const right = sentence.end - (at + cut[0].length);
    if (!left || left.text.split(/\s+/).length < 5 || right < 25) continue;
    out.push(left);
    from = at + cut[0].length;
  }
  const last = trimmedSpan(body, from, sentence.end);
  if (last) out.push(last);
  return out;
}

const within = (m: { start: number }, spans: Span[]) => spans.some((s) => m.start >= s.start && m.start < s.end);
const RANK: Record<Mention["kind"], number> = { name: 0, title: 1, pronoun: 2 };

function asSpeaker(mention: Mention): ProposedSpeaker | null {
  return mention.person ? { name: mention.person.name, role: mention.role || mention.person.lastRole, kind: "person" } : null;
}

function sourceSpeaker(text: string): ProposedSpeaker {
  const name = text.replace(/^(?:the|a|an)\s+/i, "").trim();
  return { name: name.charAt(0).toUpperCase() + name.slice(1), role: "", kind: "source" };
}

/** Who the clause attributes its content to, if anyone. */
function attribute(body: string, clause: Span, mentions: Mention[], quotes: Span[], tracker: SpeakerTracker): ProposedSpeaker | null {
  const here = mentions.filter((m) => m.start >= clause.start && m.start < clause.end && !within(m, quotes));
  // "according to the diplomat, …" / "according to American media, …"
  const according = /\baccording to\s+/iu.exec(clause.text);
  if (according) {
    const at = clause.start + according.index + according[0].length;
    const mention = here.find((m) => m.start === at && !m.possessive);
    if (mention?.person) return asSpeaker(mention);
    const phrase = /^[^,.;]+/u.exec(body.slice(at, clause.end))?.[0];
    if (phrase && !mention) return sourceSpeaker(phrase);
  }
  // “…,” said the Russian leader’s communications chief / “…,” Yuri Ushakov said
  for (const q of quotes) {
    const tail = /^[,.]?\s*(?:(?:said|told|added|declared|explained|insisted|stressed|asked|wrote)\s+)?/u.exec(body.slice(q.end, clause.end));
    const at = q.end + (tail?.[0].length ?? 0);
    const mention = here.find((m) => m.start === at && !m.possessive);
    if (mention?.person) return asSpeaker(mention);
  }
  // The subject of a reporting verb: the first name (else title, else pronoun) before it.
  let windowStart = clause.start;
  for (const verb of clause.text.matchAll(REPORTING_VERB)) {
    const at = clause.start + verb.index;
    if (within({ start: at }, quotes)) continue;
    const candidates = here
      .filter((m) => m.start >= windowStart && m.end <= at && !m.possessive && m.person)
      .sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start);
    if (candidates[0]) return asSpeaker(candidates[0]);
    // A title nobody was introduced for ("The mayor said …"): propose the title itself.
    const title = here.find((m) => m.kind === "title" && !m.person && m.start >= windowStart && m.end <= at);
    if (title) return sourceSpeaker(body.slice(title.start, title.end));
    const source = [...body.slice(windowStart, at).matchAll(SOURCE_PHRASE)][0];
    if (source) return sourceSpeaker(source[0]);
    windowStart = at + verb[0].length;
  }
  // An unattributed quotation continues the previous speaker's remarks.
  const previous = tracker.lastSubject;
  if (quotes.length && previous) return { name: previous.name, role: previous.lastRole, kind: "person" };
  return null;
}

function reasonsFor(clause: Span, quotes: Span[]): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  const outside = quotes.reduceRight((text, q) => text.slice(0, q.start - clause.start) + " ".repeat(q.end - q.start) + text.slice(q.end - clause.start), clause.text);
  if (new RegExp(REPORTING_VERB.source, "u").test(outside)) reasons.push("reported speech");
  if (quotes.length) reasons.push("quotation");
  if (/\baccording to\b/iu.test(clause.text)) reasons.push("attribution");
  if (NUMBER.test(clause.text)) reasons.push("number");
  if (MONTH_OR_DAY.test(clause.text)) reasons.push("date");
  if (EVENT_VERB.test(clause.text)) reasons.push("event");
  return reasons;
}

export function suggestClaims(body: string, onProgress?: (done: number, total: number) => void): Suggestion[] {
  const tracker = new SpeakerTracker();
  const sentences = splitSentences(body);
  const out: Suggestion[] = [];
  sentences.forEach((sentence, index) => {
    if (index % 25 === 0) onProgress?.(index, sentences.length);
    if (isHeading(body, sentence)) return;
    const mentions = tracker.mentions(body, sentence);
    for (const clause of clauses(body, sentence)) {
      const quotes = quotations(body, clause);
      const speaker = attribute(body, clause, mentions, quotes, tracker);
      // Whoever the clause is about is who "he" and "the diplomat" mean next.
      const subject =
        (speaker?.kind === "person" && mentions.find((m) => m.person?.name === speaker.name)?.person) ||
        mentions.find((m) => m.start >= clause.start && m.start < clause.end && !m.possessive && m.kind === "name" && !within(m, quotes))?.person;
      if (subject) tracker.lastSubject = subject;

      const reasons = reasonsFor(clause, quotes);
      const isQuestion = clause.text.endsWith("?") && quotes.length === 0;
      if (reasons.length === 0 || isQuestion || clause.text.split(/\s+/).length < 5) continue;
      out.push({
        key: suggestionKey(clause.text),
        start: clause.start,
        end: clause.end,
        quote: clause.text,
        text: clause.text,
        speaker,
        reasons,
      });
    }
  });
  onProgress?.(sentences.length, sentences.length);
  return out;
}
