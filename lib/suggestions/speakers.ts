// Who is who in an article: finds the people a sentence mentions (by name, by title
// such as "the diplomat" or "Putin’s spokesperson", or by "he"/"she") and resolves
// each mention to a named person introduced earlier. Runs sentence by sentence in
// reading order, carrying what it learnt (names, roles, who was talked about last).
import nlp from "compromise";
import { categoriesOf, hasRoleNoun, isRoleNoun, REPORTING_VERB, ROLE_NOUN, roleCategory, TITLE_WORDS } from "./lexicon";
import type { Span } from "./sentences";

export type Person = {
  name: string;
  /** Folded surname, the key later bare-surname mentions match on. */
  surname: string;
  lastRole: string;
  categories: Set<string>;
  /** Body offset of the latest mention (recency decides between candidates). */
  lastMention: number;
};

export type Mention = {
  start: number;
  end: number;
  kind: "name" | "title" | "pronoun";
  possessive: boolean;
  person: Person | null;
  /** The role the sentence gives this person here, e.g. "spokesman" or "Putin’s spokesperson". */
  role: string;
};

/** Lower-case and strip accents one character at a time, so offsets stay aligned. */
export function fold(text: string): string {
  let out = "";
  for (const ch of text) out += (ch.normalize("NFKD").replace(/\p{M}/gu, "")[0] ?? ch).toLowerCase();
  return out.length === text.length ? out : text.toLowerCase();
}

const POSSESSIVE = /^(?:’s|'s)/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const NOT_A_NAME = "(#Place|#Organization|#Country|#Determiner|#Pronoun|#Conjunction|#Preposition|#Adverb|#Verb|#Adjective)";
const notANameCache = new Map<string, boolean>();
function notAName(word: string): boolean {
  let answer = notANameCache.get(word);
  if (answer === undefined) {
    answer = TITLE_WORDS.has(fold(word)) || /^(?:He|She|It|They|We|I|You|This|That|There|The)$/.test(word) || nlp(word).has(NOT_A_NAME);
    notANameCache.set(word, answer);
  }
  return answer;
}

export class SpeakerTracker {
  readonly persons: Person[] = [];
  /** The person the article was last talking about: the target of "he" and "the diplomat". */
  lastSubject: Person | null = null;

  private bySurname(surname: string): Person | undefined {
    return this.persons.find((p) => p.surname === surname);
  }

  register(name: string, at: number): Person {
    const words = name.split(/\s+/);
    const surname = fold(words.at(-1)!);
    const known = this.bySurname(surname);
    if (known) {
      if (words.length > known.name.split(/\s+/).length) known.name = name;
      known.lastMention = at;
      return known;
    }
    const person: Person = { name, surname, lastRole: "", categories: new Set(), lastMention: at };
    this.persons.push(person);
    return person;
  }

  addRole(person: Person, role: string) {
    if (!role) return;
    person.lastRole = role;
    for (const c of categoriesOf(role)) person.categories.add(c);
  }

  private mostRecent(exclude: Person[] = []): Person | null {
    return this.lastSubject && !exclude.includes(this.lastSubject) ? this.lastSubject : null;
  }

  /** The person a title such as "Putin’s spokesperson" refers to. */
  resolveTitle(title: string, noun: string, exclude: Person[]): Person | null {
    const category = roleCategory(noun);
    if (category !== "generic") {
      const candidates = this.persons.filter((p) => p.categories.has(category) && !exclude.includes(p));
      candidates.sort((a, b) => b.lastMention - a.lastMention);
      if (candidates[0]) return candidates[0];
    }
    void title;
    return this.mostRecent(exclude);
  }

  resolvePronoun(): Person | null {
    return this.mostRecent();
  }

  /** Every person mention in a sentence, resolved, in reading order. Updates what the tracker knows. */
  mentions(body: string, sentence: Span): Mention[] {
    const names = this.nameMentions(body, sentence);
    // A possessive name may start a title ("Putin’s spokesperson"); other names and their roles may not.
    const taken = names.flatMap((n) => [...(n.possessive ? [] : [[n.start, n.end]]), ...(n.roleSpan ? [n.roleSpan] : [])] as [number, number][]);
    const inside = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
    const titles = this.titleMentions(body, sentence).filter((t) => !inside(t.start, t.end));
    const pronouns = [...sentence.text.matchAll(/\b(?:he|she|He|She)\b/gu)].map((m) => ({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
    }));
    type Pending = { start: number; end: number; resolve: () => Mention };
    const pending: Pending[] = [
      ...names.map((n) => ({
        start: n.start,
        end: n.end,
        resolve: (): Mention => {
          const person = this.register(n.name, n.start);
          this.addRole(person, n.role);
          return { start: n.start, end: n.end, kind: "name", possessive: n.possessive, person, role: n.role || person.lastRole };
        },
      })),
      ...titles.map((t) => ({
        start: t.start,
        end: t.end,
        resolve: (): Mention => {
          const possessor = t.possessor ? this.persons.find((p) => p.surname === fold(t.possessor!)) : undefined;
          const person = this.resolveTitle(t.text, t.noun, possessor ? [possessor] : []);
          const generic = roleCategory(t.noun) === "generic";
          if (person) {
            person.lastMention = t.start;
            // Learn a specific role ("the director of the Russian Direct Investment Fund") for later titles;
            // "the diplomat" says nothing new.
            if (!generic) this.addRole(person, t.text.replace(/^(?:the|his|her)\s+/i, ""));
          }
          const role = generic ? person?.lastRole || t.text : t.text;
          return { start: t.start, end: t.end, kind: "title", possessive: false, person, role };
        },
      })),
      ...pronouns.map((p) => ({
        start: p.start,
        end: p.end,
        resolve: (): Mention => {
          // "Dmitriev said he …": a name earlier in the sentence wins over the previous subject.
          const person = sentenceSubject ?? this.resolvePronoun();
          return { ...p, kind: "pronoun", possessive: false, person, role: person?.lastRole ?? "" };
        },
      })),
    ].sort((a, b) => a.start - b.start);
    let sentenceSubject: Person | null = null;
    return pending.map((p) => {
      const mention = p.resolve();
      if (!sentenceSubject && mention.kind === "name" && !mention.possessive) sentenceSubject = mention.person;
      return mention;
    });
  }

  private nameMentions(body: string, sentence: Span) {
    type Found = { start: number; end: number; name: string; possessive: boolean; role: string; roleSpan?: [number, number] };
    const found: Found[] = [];
    const add = (start: number, end: number) => {
      const words = body.slice(start, end).split(/\s+/);
      // Strip title words in front ("Minister Sergei Ryabkov").
      while (words.length > 1 && TITLE_WORDS.has(fold(words[0]!))) {
        start += words[0]!.length + 1;
        words.shift();
      }
      if (!words.every((w) => NAME_WORD.test(w))) return;
      if (found.some((f) => start < f.end && end > f.start)) {
        // Keep the longer of two overlapping finds.
        const other = found.findIndex((f) => start < f.end && end > f.start);
        if (end - start <= found[other]!.end - found[other]!.start) return;
        found.splice(other, 1);
      }
      found.push({ start, end, name: words.join(" "), possessive: POSSESSIVE.test(body.slice(end)), role: "" });
    };

    // Full names, found by compromise.
    const people = nlp(sentence.text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
    for (const p of people) {
      const start = sentence.start + p.offset.start;
      const raw = body.slice(start, start + p.offset.length);
      const clean = raw.replace(/(?:’s|'s)?[\s,.;:!?”"]*$/u, "");
      if (clean) add(start, start + clean.length);
    }
    // Merge "President Vladimir" + "Putin’s" split by the possessive.
    found.sort((a, b) => a.start - b.start);
    for (let i = found.length - 1; i > 0; i--) {
      const a = found[i - 1]!;
      const b = found[i]!;
      if (body.slice(a.end, b.start) === " " && !a.possessive) {
        found.splice(i - 1, 2, { ...b, start: a.start, name: `${a.name} ${b.name}` });
      }
    }
    // Bare surnames of people already introduced ("Peskov said").
    const folded = fold(sentence.text);
    for (const person of this.persons) {
      for (const m of folded.matchAll(new RegExp(`\\b${escape(person.surname)}\\b`, "gu"))) {
        const start = sentence.start + m.index;
        if (!found.some((f) => start < f.end && start + person.surname.length > f.start)) {
          found.push({ start, end: start + person.surname.length, name: person.name, possessive: POSSESSIVE.test(body.slice(start + person.surname.length)), role: "" });
        }
      }
    }
    // An unknown capitalised word right before a reporting verb is someone speaking ("Dmitriev denied").
    for (const m of sentence.text.matchAll(/\b(\p{Lu}[\p{L}-]+)\s+(?=\S)/gu)) {
      const start = sentence.start + m.index;
      const after = body.slice(start + m[1]!.length + 1, start + m[1]!.length + 30);
      // Lower-case verbs only: "United States" is not "United" stating something.
      const verb = new RegExp(REPORTING_VERB.source, "uy");
      if (!verb.test(after) || found.some((f) => start < f.end && start + m[1]!.length > f.start)) continue;
      if (notAName(m[1]!)) continue;
      found.push({ start, end: start + m[1]!.length, name: m[1]!, possessive: false, role: "" });
    }
    found.sort((a, b) => a.start - b.start);
    for (const f of found) Object.assign(f, statedRole(body, sentence, f.start, f.end + (f.possessive ? 2 : 0)));
    return found;
  }

  private titleMentions(body: string, sentence: Span) {
    const out: { start: number; end: number; text: string; noun: string; possessor?: string }[] = [];
    for (const m of sentence.text.matchAll(ROLE_NOUN)) {
      const nounEnd = sentence.start + m.index + m[0].length;
      if (POSSESSIVE.test(body.slice(nounEnd))) continue; // "the Russian leader’s …": the possessor, not the title
      // Walk back to the determiner or possessor that starts the title (at most five words).
      const before = body.slice(sentence.start, sentence.start + m.index);
      // Words between the determiner and the noun are modifiers, never function words.
      const modifier = "(?!(?:the|a|an|of|with|to|in|on|for|by|from|and|or|at|as|that|which|who)\\s)[\\p{L}’'-]+\\s+";
      const head = new RegExp(
        `(?:^|[\\s,(“])((?:the|The|his|His|her|Her)\\s+(?:${modifier}){0,4}|(\\p{Lu}[\\p{L}-]*)(?:’s|'s)\\s+(?:${modifier}){0,3})$`,
        "u",
      ).exec(before);
      if (!head) continue;
      const start = sentence.start + m.index - head[1]!.length;
      // "the director of the Russian Direct Investment Fund"
      const of = /^\s+of\s+the\s+(?:\p{Lu}[\p{L}-]*\s?)+/u.exec(body.slice(nounEnd, sentence.end));
      const end = nounEnd + (of ? of[0].trimEnd().length : 0);
      out.push({ start, end, text: body.slice(start, end), noun: m[0], possessor: head[2] });
    }
    return out;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The role the article gives a named person at this mention: a title in front
 * ("spokesman Dimitri Peskov", "Russian Deputy Foreign Minister Sergei Ryabkov"), an
 * appositive after ("Yuri Ushakov, Putin’s foreign policy adviser,") or before
 * ("another Russian advisor, Kiril Dmítriev").
 */
export function statedRole(body: string, sentence: Span, start: number, end: number): { role: string; roleSpan?: [number, number] } {
  const after = /^,\s+((?!who\b|which\b|that\b|when\b|where\b|and\b|but\b|according\b)[^,.;:“”()]{3,90}?)(?=,|\.|;|\s+said\b)/u.exec(
    body.slice(end, sentence.end),
  );
  if (after) {
    const text = after[1]!.trim();
    if (hasRoleNoun(text) || /^(?:\p{Lu}[\p{L}-]*(?:’s|'s)|the)\s/u.test(text)) {
      const roleStart = end + after[0].indexOf(after[1]!);
      return { role: text, roleSpan: [roleStart, roleStart + after[1]!.length] };
    }
  }
  const before = body.slice(sentence.start, start);
  const prefix = /((?:(?:\p{Lu}[\p{L}-]*|[a-z]+)\s+){0,5})$/u.exec(before)?.[1] ?? "";
  const words = prefix.trim().split(/\s+/).filter(Boolean);
  // Keep the title-like tail: capitalised words and role nouns, ending in a role noun.
  let from = words.length;
  while (from > 0 && (/^\p{Lu}/u.test(words[from - 1]!) || isRoleNoun(words[from - 1]!))) from--;
  const tail = words.slice(from);
  while (tail.length && /^(?:The|A|An|But|And|While|However|Specifically|In|At|On|By)$/.test(tail[0]!)) tail.shift();
  if (tail.length && isRoleNoun(tail.at(-1)!)) {
    const role = tail.join(" ");
    return { role, roleSpan: [start - role.length - 1, start] };
  }
  const appositiveBefore = /(?:another|an?|the)\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}-]+),\s*$/u.exec(before);
  if (appositiveBefore && hasRoleNoun(appositiveBefore[1]!)) {
    const roleStart = start - appositiveBefore[0].length;
    return { role: appositiveBefore[1]!, roleSpan: [roleStart, start] };
  }
  return { role: "" };
}
