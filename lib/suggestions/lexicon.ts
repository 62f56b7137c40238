// Word lists the suggester matches on. English news prose; extend as articles need.

/** Verbs that report what someone said, in any inflection (matched as whole words). */
const REPORTING_STEMS = [
  "say|says|said|saying", "tell|tells|told|telling", "confirm|confirms|confirmed|confirming",
  "deny|denies|denied|denying", "stress|stresses|stressed|stressing", "claim|claims|claimed|claiming",
  "state|states|stated", "insist|insists|insisted", "argue|argues|argued", "explain|explains|explained|explaining",
  "emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed", "underline|underlines|underlined", "note|notes|noted",
  "warn|warns|warned", "announce|announces|announced", "report|reports|reported",
  "acknowledge|acknowledges|acknowledged", "admit|admits|admitted", "assert|asserts|asserted",
  "declare|declares|declared", "indicate|indicates|indicated", "suggest|suggests|suggested",
  "hint|hints|hinted", "imply|implies|implied", "reveal|reveals|revealed", "accuse|accuses|accused",
  "allege|alleges|alleged", "maintain|maintains|maintained", "assure|assures|assured", "promise|promises|promised",
  "predict|predicts|predicted", "estimate|estimates|estimated", "believe|believes|believed", "clarif(?:y|ies|ied)",
  "ruled out|rules out|rule out", "reject|rejects|rejected", "advise|advises|advised", "propose|proposes|proposed",
  "add|adds|added", "recall|recalls|recalled", "point(?:s|ed)? out", "made clear|makes clear",
  "expose|exposes|exposed", "blame|blames|blamed", "vow|vows|vowed", "threaten|threatens|threatened", "pledge|pledges|pledged",
];
// Case-sensitive on purpose: "the United States" is not someone stating something.
export const REPORTING_VERB = new RegExp(`\\b(?:${REPORTING_STEMS.join("|")})\\b`, "gu");

/** Role nouns: what a person can be called instead of their name. */
export const ROLE_CATEGORY: Record<string, string> = {
  spokesman: "spokesperson", spokeswoman: "spokesperson", spokesperson: "spokesperson",
  "press secretary": "spokesperson", "communications chief": "spokesperson", "communications director": "spokesperson",
  adviser: "adviser", advisor: "adviser", aide: "adviser",
  minister: "minister", "foreign minister": "minister", "deputy foreign minister": "minister",
  envoy: "envoy", ambassador: "envoy", negotiator: "envoy",
  director: "director", chairman: "director", chairwoman: "director", ceo: "director",
  secretary: "secretary", senator: "senator", governor: "governor", mayor: "mayor", chancellor: "leader",
  "prime minister": "leader",
  // Generic: resolved to whoever the article was just talking about.
  president: "generic", diplomat: "generic", leader: "generic", republican: "generic", democrat: "generic",
  politician: "generic", official: "generic", lawmaker: "generic", general: "generic", commander: "generic",
};

const roleWords = Object.keys(ROLE_CATEGORY).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+"));
/** A role noun as a whole word (longest first so "press secretary" wins over "secretary"). */
export const ROLE_NOUN = new RegExp(`\\b(?:${roleWords.join("|")})\\b`, "giu");

const ONE_ROLE_NOUN = new RegExp(ROLE_NOUN.source, "iu");
export function hasRoleNoun(text: string): boolean {
  return ONE_ROLE_NOUN.test(text);
}

export function isRoleNoun(word: string): boolean {
  return word.toLowerCase().replace(/\s+/g, " ") in ROLE_CATEGORY;
}

export function roleCategory(noun: string): string {
  return ROLE_CATEGORY[noun.toLowerCase().replace(/\s+/g, " ")] ?? "generic";
}

/** Categories of every role noun in a role description ("Putin’s foreign policy adviser" → adviser). */
export function categoriesOf(role: string): string[] {
  // A noun followed by ’s names someone else ("the White House envoy’s interlocutor").
  return [...role.matchAll(ROLE_NOUN)]
    .filter((m) => !/^(?:’s|'s)/u.test(role.slice(m.index + m[0].length)))
    .map((m) => roleCategory(m[0]))
    .filter((c) => c !== "generic");
}

/** Capitalised words that are titles, not names ("Minister Sergei Ryabkov" → "Sergei Ryabkov"). */
export const TITLE_WORDS = new Set([
  "president", "minister", "secretary", "deputy", "foreign", "prime", "general", "spokesman", "spokeswoman", "envoy",
  "senator", "governor", "mayor", "director", "chancellor", "ambassador", "adviser", "advisor", "mr", "mrs", "ms", "dr",
  "sir", "king", "queen", "prince", "pope", "chairman", "commander", "army", "defense", "defence", "state", "special",
]);

/** Non-person sources an article attributes claims to. */
export const SOURCE_PHRASE =
  /\b(?:(?:an?|the|some|several|other)\s+)?(?:(?:[\p{Lu}][\p{L}’'-]*|unnamed|anonymous|senior|local|foreign|independent|American|Russian|Ukrainian|European|western)\s+){0,3}(?:sources?|media(?:\s+outlets)?|outlets|officials|lawmakers|newspapers?|reports?|analysts|experts|diplomats|intelligence)\b/gu;

export const MONTH_OR_DAY =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:last|next|this)\s+(?:week|month|year)|yesterday|tomorrow)\b/u;
export const NUMBER =
  /\b(?:\d[\d,.]*(?:-\w+)?%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|percent)\b/iu;
export const EVENT_VERB =
  /\b(?:met|meet|meets|meeting with|will\s+(?:travel|meet|visit|sign|hold)|travel(?:led|ed)?|visited|signed|resigned|was forced to resign|killed|died|elected|approved|voted|arrested|launched|attacked|invaded|published|leaked|occupied|agreed|set|discuss|discussed)\b/iu;
