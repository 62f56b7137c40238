// Demo data for the claims desk: every factual claim in the seed article
// prisma/seed/article-ukraine-peace-talks.txt (a machine translation of a
// Spanish-language newspaper report, late November 2025).
//
// Pure data + types. Every `quote` is an exact substring of the article body
// (curly quotes, odd spellings and translation slips included) and is the span
// highlighted in the article view. Evidence excerpts quote the article itself.
// URLs are outlet home pages only; no deep links are invented.

export type SeedStatus = "confirmed" | "denied" | "unverified";

export type SeedEvidence = {
  kind: "official_statement" | "document" | "media_report" | "data" | "other";
  stance: "supports" | "contradicts" | "context";
  sourceName: string;
  url?: string;
  excerpt: string;
  publishedAt?: string;
};

export type SeedSpeaker = { name: string; description: string; wikidataId?: string };

export type SeedClaim = {
  key: string;
  speaker: string;
  speakerRole: string;
  quote: string;
  occurrence?: number;
  text: string;
  statedAt?: string;
  status: SeedStatus;
  rationale: string;
  evidence: SeedEvidence[];
};

export type SeedLink = {
  from: string;
  to: string;
  type: "contradicts" | "confirms" | "supersedes" | "repeats";
  note: string;
};

export const DEMO_ARTICLE: { slug: string; title: string; outlet: string; url?: string; publishedAt: string } = {
  slug: "ukraine-peace-talks-stall-after-witkoff-leak",
  title: "Ukraine peace talks stall as Kremlin urges caution and leaked Witkoff calls stir disputes",
  outlet: "Demo: machine-translated Spanish-language news report",
  publishedAt: "2025-11-26",
};

export const DEMO_SPEAKERS: Record<string, SeedSpeaker> = {
  newsroom: {
    name: "Newsroom (demo article)",
    description:
      "The reporting outlet's own newsroom. The article is a machine translation of a Spanish-language newspaper report; the outlet is not named in the text.",
  },
  bloomberg: {
    name: "Bloomberg",
    description: "US financial news organisation that published the leaked recordings of calls involving Witkoff, Ushakov and Dmitriev.",
  },
  "the-insider": {
    name: "The Insider",
    description: "Independent Russian investigative news outlet.",
  },
  "kremlin-source": {
    name: "Anonymous Kremlin source",
    description: "Unnamed Kremlin source quoted by The Insider.",
  },
  "american-media": {
    name: "American media",
    description: "Unnamed US news outlets cited by the article.",
  },
  "media-and-gop-lawmakers": {
    name: "Several media outlets and Republican lawmakers",
    description: "Unnamed news outlets and US Republican lawmakers cited collectively by the article.",
  },
  "donald-trump": {
    name: "Donald Trump",
    description: "President of the United States.",
    wikidataId: "Q22686",
  },
  "steve-witkoff": {
    name: "Steve Witkoff",
    description: "US special envoy in the Russia–Ukraine peace negotiations.",
  },
  "yuri-ushakov": {
    name: "Yuri Ushakov",
    description: "Foreign policy adviser to Russian President Vladimir Putin.",
  },
  "dmitry-peskov": {
    name: "Dmitry Peskov",
    description: "Kremlin spokesman (press secretary of the Russian president).",
  },
  "sergei-ryabkov": {
    name: "Sergei Ryabkov",
    description: "Russian Deputy Foreign Minister.",
  },
  "kirill-dmitriev": {
    name: "Kirill Dmitriev",
    description: "Director of the Russian Direct Investment Fund and a negotiator for Putin with the United States.",
  },
};

// Reusable evidence sources (article wording as excerpts).
const BLOOMBERG = { sourceName: "Bloomberg (leaked call recordings)", url: "https://www.bloomberg.com/" } as const;
const KOMMERSANT = {
  sourceName: "Yuri Ushakov, interview with Kommersant",
  url: "https://www.kommersant.ru/",
  publishedAt: "2025-11-26",
} as const;
const AIR_FORCE_ONE = {
  sourceName: "Donald Trump, remarks to reporters aboard Air Force One",
  publishedAt: "2025-11-25",
} as const;
const THE_INSIDER = { sourceName: "The Insider", url: "https://theins.ru/" } as const;

export const DEMO_CLAIMS: SeedClaim[] = [
  // ── The leaked calls ────────────────────────────────────────────────────
  {
    key: "witkoff-coached-kremlin-on-trump",
    speaker: "bloomberg",
    speakerRole: "recipient of the leaked call recordings",
    quote: "US envoy Steve Witkoff advised the Russian side on how best to convince Trump of his positions on the war",
    text: "In a phone call with Putin adviser Yuri Ushakov on 14 October 2025, leaked to Bloomberg, US envoy Steve Witkoff advised the Russian side on how best to win Donald Trump over to Russia's positions on the war.",
    status: "confirmed",
    rationale:
      "The call recording was published by Bloomberg and Ushakov, a participant, confirmed the leaked calls to Kommersant; the article notes no party has denied this conversation. The article's added charge that the advice \"knowingly sabotaged\" Zelensky's efforts is commentary and is not part of this claim.",
    evidence: [
      {
        kind: "media_report",
        stance: "supports",
        ...BLOOMBERG,
        excerpt:
          "a conversation between Witkoff and Yuri Ushakov, President Vladimir Putin’s foreign policy adviser, on October 14, which was leaked to Bloomberg",
      },
      {
        kind: "official_statement",
        stance: "supports",
        ...KOMMERSANT,
        excerpt: "Ushakov exposed him on Wednesday by confirming these calls.",
      },
      {
        kind: "other",
        stance: "context",
        sourceName: "The article's own reporting",
        excerpt: "In the conversation, not denied by any of the parties involved",
      },
    ],
  },
  {
    key: "witkoff-explained-trump-weaknesses",
    speaker: "newsroom",
    speakerRole: "the article's own reporting",
    quote: "the American special envoy explained Trump’s weaknesses to the Russian to get him on his side",
    text: "In the leaked conversations, Witkoff explained Trump's weaknesses to Ushakov in order to win him over.",
    statedAt: "2025-11-26",
    status: "unverified",
    rationale:
      "The calls themselves are confirmed, but describing Witkoff's advice as explaining Trump's \"weaknesses\" is the newspaper's interpretation of the leak, not something a source states.",
    evidence: [
      {
        kind: "media_report",
        stance: "context",
        ...BLOOMBERG,
        excerpt: "The conversations published by Bloomberg have opened internal disputes not only in the United States, but also in Russia.",
      },
    ],
  },
  {
    key: "dmitriev-ushakov-call-leaked",
    speaker: "bloomberg",
    speakerRole: "recipient of the leaked call recordings",
    quote:
      "The leak to Bloomberg also includes a conversation between Dmitriev and Ushakov in which they discuss which demands to include in the peace negotiations",
    text: "The material leaked to Bloomberg also includes a call in which Kirill Dmitriev and Yuri Ushakov discuss which Russian demands to put into the peace negotiations.",
    status: "confirmed",
    rationale:
      "Dmitriev denied the leaked conversations, but Ushakov, the other participant, confirmed the calls on the record to Kommersant.",
    evidence: [
      {
        kind: "media_report",
        stance: "supports",
        ...BLOOMBERG,
        excerpt: "The leak to Bloomberg also includes a conversation between Dmitriev and Ushakov",
      },
      {
        kind: "official_statement",
        stance: "supports",
        ...KOMMERSANT,
        excerpt: "Ushakov exposed him on Wednesday by confirming these calls.",
      },
      {
        kind: "other",
        stance: "contradicts",
        sourceName: "Kirill Dmitriev, post on X",
        excerpt: "Dmitriev denied the existence of the conversations leaked by Bloomberg via the social network X.",
      },
    ],
  },
  {
    key: "witkoff-ukraine-must-cede-donetsk",
    speaker: "steve-witkoff",
    speakerRole: "US envoy",
    quote: "Witkoff emphasizes that, to achieve peace, Ukraine will have to give up the entire Donetsk province",
    text: "Steve Witkoff told Yuri Ushakov that, to achieve peace, Ukraine would have to give up the whole of Donetsk province.",
    statedAt: "2025-10-14",
    status: "unverified",
    rationale:
      "That Witkoff said this is documented by the leaked recording of the 14 October call, which no participant has denied. Whether peace actually requires Ukraine to cede all of Donetsk is a negotiating position and cannot be verified; according to American media the later Washington–Kyiv draft dropped that demand.",
    evidence: [
      {
        kind: "media_report",
        stance: "context",
        ...BLOOMBERG,
        excerpt:
          "In the conversation, not denied by any of the parties involved, Witkoff emphasizes that, to achieve peace, Ukraine will have to give up the entire Donetsk province",
      },
      {
        kind: "media_report",
        stance: "context",
        sourceName: "American media (unnamed)",
        excerpt:
          "some Russian demands were excluded from the final proposal agreed between Washington and Kiev, including the limitation of the Ukrainian armed forces, a general amnesty and the handing over of entire regions of Luhansk and Donetsk to Russia",
      },
    ],
  },
  {
    key: "dmitriev-denies-leaked-calls",
    speaker: "kirill-dmitriev",
    speakerRole: "director of the Russian Direct Investment Fund",
    quote: "Dmitriev denied the existence of the conversations leaked by Bloomberg via the social network X.",
    text: "Kirill Dmitriev said on X that the conversations leaked to Bloomberg did not exist.",
    status: "denied",
    rationale:
      "Yuri Ushakov, who took part in the leaked calls, confirmed to Kommersant on 26 November 2025 that the calls took place, contradicting Dmitriev's denial.",
    evidence: [
      {
        kind: "official_statement",
        stance: "contradicts",
        ...KOMMERSANT,
        excerpt:
          "However, Ushakov exposed him on Wednesday by confirming these calls.",
      },
      {
        kind: "media_report",
        stance: "contradicts",
        ...BLOOMBERG,
        excerpt: "The leak to Bloomberg also includes a conversation between Dmitriev and Ushakov",
      },
    ],
  },
  {
    key: "ushakov-confirms-leaked-calls",
    speaker: "yuri-ushakov",
    speakerRole: "Putin’s advisor",
    quote: "Ushakov exposed him on Wednesday by confirming these calls",
    text: "Yuri Ushakov confirmed to Kommersant that the calls leaked to Bloomberg took place, suggesting they were WhatsApp conversations that someone may have spied on.",
    statedAt: "2025-11-26",
    status: "confirmed",
    rationale:
      "Ushakov took part in the leaked calls and confirmed them on the record to Kommersant. His suggestion that WhatsApp chats were spied on, and that no participant leaked them, is speculation and is not covered by this status.",
    evidence: [
      {
        kind: "official_statement",
        stance: "supports",
        ...KOMMERSANT,
        excerpt:
          "“Usually contacts happen through secure communications and leaks are practically non-existent unless one of the parties makes them. But there are some WhatsApp conversations that someone may have spied on,” Ushakov explained",
      },
    ],
  },
  {
    key: "ushakov-witkoff-flynn-comparison",
    speaker: "yuri-ushakov",
    speakerRole: "Putin’s advisor",
    quote: "Remember the Michael Flynn incident? It could be the same thing",
    text: "Yuri Ushakov suggested Witkoff could suffer the same fate as Michael Flynn, who resigned after his call with the Russian ambassador leaked, implying Witkoff's days might be numbered.",
    statedAt: "2025-11-26",
    status: "unverified",
    rationale:
      "Ushakov said this to Kommersant, but it is speculation about Witkoff's future. Note: the article's background wrongly calls Flynn \"the former head of Homeland Security\"; he was Trump's National Security Adviser when he resigned in 2017.",
    evidence: [
      {
        kind: "official_statement",
        stance: "context",
        ...KOMMERSANT,
        excerpt: "Putin’s advisor hinted at this Kommersant that Witkoff’s days might be numbered.",
      },
    ],
  },

  // ── Origins of the plan ─────────────────────────────────────────────────
  {
    key: "moscow-authored-initial-plan",
    speaker: "media-and-gop-lawmakers",
    speakerRole: "several media outlets, and even Republican lawmakers",
    quote: "several media outlets, and even Republican lawmakers, have underlined that the initial authorship comes from Moscow",
    text: "Several media outlets and some Republican lawmakers say the first version of the US peace plan was written in Moscow.",
    status: "unverified",
    rationale:
      "The article does not name these outlets or lawmakers or give their evidence. An anonymous Kremlin source quoted by The Insider points the same way, but no one has confirmed it on the record.",
    evidence: [
      {
        kind: "media_report",
        stance: "supports",
        ...THE_INSIDER,
        excerpt:
          "the initial US proposal was largely a reworking of another document drafted by Dmitriev when Trump arrived in the White House",
      },
    ],
  },
  {
    key: "dmitriev-met-witkoff-in-miami",
    speaker: "newsroom",
    speakerRole: "the article's own reporting",
    quote: "Kiril Dmítriev, Putin’s trusted man, who met the American representative in Miami at the end of October",
    text: "Kirill Dmitriev met Steve Witkoff in Miami at the end of October 2025.",
    statedAt: "2025-11-26",
    status: "unverified",
    rationale: "The article states the meeting as fact but gives no source for it.",
    evidence: [],
  },
  {
    key: "kremlin-source-28-point-baseline",
    speaker: "kremlin-source",
    speakerRole: "a Kremlin source",
    quote: "Moscow clings as a starting point to the concessions made in the White House’s original 28-point plan",
    text: "Moscow is treating the concessions in the White House's original 28-point plan as its starting point for talks.",
    status: "unverified",
    rationale:
      "This comes from an anonymous Kremlin source speaking to The Insider. Ryabkov's on-record refusal to make concessions fits with it, but does not confirm it.",
    evidence: [
      {
        kind: "media_report",
        stance: "supports",
        ...THE_INSIDER,
        excerpt: "A Kremlin source reported this to the independent Russian newspaper The Insider",
      },
      {
        kind: "official_statement",
        stance: "context",
        sourceName: "Sergei Ryabkov, Russian Deputy Foreign Minister",
        excerpt:
          "“There can be no question of making concessions or giving up our approaches on key aspects of the challenges we face",
      },
    ],
  },
  {
    key: "kremlin-source-plan-reworked-dmitriev-document",
    speaker: "kremlin-source",
    speakerRole: "a Kremlin source",
    quote: "the initial US proposal was largely a reworking of another document drafted by Dmitriev when Trump arrived in the White House",
    text: "The first US peace proposal was largely a reworking of a document Kirill Dmitriev drafted when Trump took office.",
    status: "unverified",
    rationale: "This comes from a single anonymous source quoted by The Insider and has not been confirmed on the record.",
    evidence: [
      {
        kind: "media_report",
        stance: "supports",
        ...THE_INSIDER,
        excerpt: "A Kremlin source reported this to the independent Russian newspaper The Insider He argues that the initial US proposal was largely a reworking",
      },
    ],
  },
  {
    key: "insider-exchange-china-proposal",
    speaker: "the-insider",
    speakerRole: "independent Russian newspaper",
    quote: "Moscow’s project proposed that the White House “exchange China for the United States”",
    text: "According to The Insider, Dmitriev's original Russian document proposed that Russia swap China for the United States as its main partner, given Beijing's growing influence on the Russian economy.",
    status: "unverified",
    rationale:
      "This is reported by The Insider, apparently from its Kremlin source, and is not confirmed. The article notes the idea does not appear, at least publicly, in the US plan.",
    evidence: [
      {
        kind: "media_report",
        stance: "supports",
        ...THE_INSIDER,
        excerpt: "Moscow’s project proposed that the White House “exchange China for the United States” in the face of Beijing’s growing influence on the Russian economy.",
      },
      {
        kind: "other",
        stance: "context",
        sourceName: "The article's own reporting",
        excerpt: "This last proposal does not figure, at least publicly, in the North American plan.",
      },
    ],
  },
  {
    key: "american-media-russian-demands-excluded",
    speaker: "american-media",
    speakerRole: "American media",
    quote:
      "some Russian demands were excluded from the final proposal agreed between Washington and Kiev, including the limitation of the Ukrainian armed forces, a general amnesty and the handing over of entire regions of Luhansk and Donetsk to Russia",
    text: "The proposal Washington and Kyiv agreed on drops several Russian demands: limits on Ukraine's armed forces, a general amnesty, and handing all of Luhansk and Donetsk to Russia.",
    status: "unverified",
    rationale:
      "The article attributes this to unnamed American media. The draft has not been published, and Ushakov said only that many points still \"require special debate\".",
    evidence: [
      {
        kind: "media_report",
        stance: "supports",
        sourceName: "American media (unnamed)",
        excerpt: "According to American media, some Russian demands were excluded from the final proposal agreed between Washington and Kiev",
      },
      {
        kind: "official_statement",
        stance: "context",
        sourceName: "Yuri Ushakov, Putin’s foreign policy adviser",
        excerpt: "For the Russian government, some points “can be considered positive”, but “many others require special debate among experts”.",
        publishedAt: "2025-11-26",
      },
    ],
  },

  // ── Next steps: Witkoff's Moscow trip ───────────────────────────────────
  {
    key: "witkoff-to-meet-putin-in-moscow",
    speaker: "donald-trump",
    speakerRole: "President",
    quote: "according to Trump, Witkoff will travel to Moscow to meet Putin",
    text: "Steve Witkoff will travel to Moscow next week to meet Vladimir Putin, possibly with Jared Kushner.",
    status: "unverified",
    rationale:
      "This is a planned trip announced by Trump. The Kremlin says there is only a preliminary agreement and nothing has been finalised.",
    evidence: [
      {
        kind: "official_statement",
        stance: "context",
        sourceName: "Yuri Ushakov, Putin’s foreign policy adviser",
        excerpt: "there is only “a preliminary agreement” on the meeting",
      },
      {
        kind: "official_statement",
        stance: "context",
        sourceName: "Dmitry Peskov, Kremlin spokesman",
        excerpt: "nothing has yet been finalized about this hypothetical visit",
      },
    ],
  },
  {
    key: "ushakov-preliminary-agreement-on-witkoff-visit",
    speaker: "yuri-ushakov",
    speakerRole: "Putin’s foreign policy adviser",
    quote: "there is only “a preliminary agreement” on the meeting",
    text: "Yuri Ushakov said there is only a preliminary agreement on Witkoff's meeting with Putin in Moscow.",
    statedAt: "2025-11-26",
    status: "confirmed",
    rationale:
      "Ushakov, a party to the arrangement, said this on the record, and Kremlin spokesman Peskov separately said nothing about the visit has been finalised.",
    evidence: [
      {
        kind: "official_statement",
        stance: "supports",
        sourceName: "Dmitry Peskov, Kremlin spokesman",
        excerpt: "spokesman Dimitri Peskov stressed that nothing has yet been finalized about this hypothetical visit",
      },
    ],
  },
  {
    key: "peskov-witkoff-visit-not-finalised",
    speaker: "dmitry-peskov",
    speakerRole: "spokesman",
    quote: "nothing has yet been finalized about this hypothetical visit",
    text: "Dmitry Peskov said nothing has yet been finalised about Witkoff's possible visit to Moscow.",
    status: "confirmed",
    rationale:
      "This is an on-record Kremlin statement about the Kremlin's own arrangements. It matches Ushakov's remark that there is only a preliminary agreement.",
    evidence: [
      {
        kind: "official_statement",
        stance: "supports",
        sourceName: "Yuri Ushakov, Putin’s foreign policy adviser",
        excerpt: "Ushakov, the White House envoy’s interlocutor in the leaked speech, said that there is only “a preliminary agreement” on the meeting",
      },
    ],
  },
  {
    key: "driscoll-to-meet-ukrainians",
    speaker: "newsroom",
    speakerRole: "the article's own reporting",
    quote: "Army Secretary Dan Driscoll, the new protagonist of the talks, will meet with Ukrainian representatives",
    text: "US Army Secretary Dan Driscoll will meet Ukrainian representatives while Witkoff is in Moscow.",
    statedAt: "2025-11-26",
    status: "unverified",
    rationale: "This is a planned meeting that the article reports without a source.",
    evidence: [],
  },

  // ── Kremlin caution ─────────────────────────────────────────────────────
  {
    key: "peskov-too-early-for-peace",
    speaker: "dmitry-peskov",
    speakerRole: "the Russian leader’s communications chief",
    quote: "For now, wait. It’s too early to talk about it",
    text: "Asked whether he expects peace soon, Dmitry Peskov said it is too early to talk about it.",
    status: "unverified",
    rationale: "Peskov's words are quoted directly, but they are a judgement about timing that cannot be checked.",
    evidence: [
      {
        kind: "official_statement",
        stance: "context",
        sourceName: "Dmitry Peskov, Kremlin spokesman",
        excerpt:
          "when asked whether he expects peace soon, Peskov implied that negotiations are not progressing as quickly as the White House would like",
      },
    ],
  },
  {
    key: "peskov-others-derail-peace",
    speaker: "dmitry-peskov",
    speakerRole: "Putin’s spokesperson",
    quote: "There are many people in various countries, including the United States, who are trying to derail progress towards peace",
    text: "Dmitry Peskov said many people in various countries, including the United States, are trying to derail progress towards peace.",
    status: "unverified",
    rationale: "Peskov named no one and gave no evidence. The article presents the remark as blaming others after the leak.",
    evidence: [
      {
        kind: "official_statement",
        stance: "context",
        sourceName: "Dmitry Peskov, Kremlin spokesman",
        excerpt:
          "Putin’s spokesperson has put the blame on others that this is another failed peace attempt after the news leak of the conversations between Witkoff and Ushakov",
      },
    ],
  },
  {
    key: "ryabkov-no-concessions",
    speaker: "sergei-ryabkov",
    speakerRole: "Russian Deputy Foreign Minister",
    quote:
      "There can be no question of making concessions or giving up our approaches on key aspects of the challenges we face",
    text: "Sergei Ryabkov said Russia will make no concessions and will not give up its approaches on key issues, including the war in Ukraine.",
    status: "unverified",
    rationale:
      "Ryabkov said this on the record, so Russia's stated position is clear. Whether Moscow will in fact refuse all concessions is a statement of intent that cannot yet be verified.",
    evidence: [
      {
        kind: "official_statement",
        stance: "context",
        sourceName: "Sergei Ryabkov, Russian Deputy Foreign Minister",
        excerpt:
          "“There can be no question of making concessions or giving up our approaches on key aspects of the challenges we face, including the special military operation (the invasion of Ukraine, in Kremlin terminology),” the diplomat said",
      },
    ],
  },
  {
    key: "ryabkov-no-public-discussion",
    speaker: "sergei-ryabkov",
    speakerRole: "Russian Deputy Foreign Minister",
    quote: "The Russian side is not willing to publicly discuss various proposals for a peace settlement in Ukraine.",
    text: "Sergei Ryabkov said Russia is not willing to discuss the various peace proposals for Ukraine in public.",
    status: "unverified",
    rationale:
      "This is a stated intention. Soon afterwards Ushakov publicly said some points of the latest draft were positive and others needed debate, so Moscow has discussed the proposals to some extent.",
    evidence: [
      {
        kind: "official_statement",
        stance: "context",
        sourceName: "Yuri Ushakov, Putin’s foreign policy adviser",
        excerpt: "For the Russian government, some points “can be considered positive”, but “many others require special debate among experts”.",
        publishedAt: "2025-11-26",
      },
    ],
  },

  // ── Abu Dhabi and the latest draft ──────────────────────────────────────
  {
    key: "russia-ukraine-delegations-met-abu-dhabi",
    speaker: "newsroom",
    speakerRole: "the article's own reporting",
    quote:
      "Two delegations from Russia and Ukraine met this Tuesday in Abu Dhabi, the capital of the United Arab Emirates, to discuss technical aspects of the war, such as the exchange of prisoners",
    text: "Russian and Ukrainian delegations met in Abu Dhabi on 25 November 2025 to discuss technical issues of the war, such as prisoner exchanges.",
    statedAt: "2025-11-26",
    status: "unverified",
    rationale:
      "Ushakov's remark that the peace plan was not discussed in Abu Dhabi implies that talks took place there. The article gives no source for who took part or for the agenda.",
    evidence: [
      {
        kind: "official_statement",
        stance: "context",
        sourceName: "Yuri Ushakov, Putin’s foreign policy adviser",
        excerpt: "“The peace plan was not discussed in Abu Dhabi,” Yuri Ushakov, Putin’s foreign policy adviser, said on Wednesday.",
        publishedAt: "2025-11-26",
      },
    ],
  },
  {
    key: "ushakov-peace-plan-not-discussed-in-abu-dhabi",
    speaker: "yuri-ushakov",
    speakerRole: "Putin’s foreign policy adviser",
    quote: "The peace plan was not discussed in Abu Dhabi",
    text: "Yuri Ushakov said the peace plan was not discussed at the talks in Abu Dhabi.",
    statedAt: "2025-11-26",
    status: "unverified",
    rationale:
      "This is an on-record statement from the Russian side only; no other participant is quoted. It fits the article's report that the Abu Dhabi agenda was technical.",
    evidence: [
      {
        kind: "official_statement",
        stance: "supports",
        sourceName: "Yuri Ushakov, Putin’s foreign policy adviser",
        excerpt: "“The peace plan was not discussed in Abu Dhabi,” Yuri Ushakov, Putin’s foreign policy adviser, said on Wednesday.",
        publishedAt: "2025-11-26",
      },
      {
        kind: "other",
        stance: "context",
        sourceName: "The article's own reporting",
        excerpt: "Despite the latest news, they have not changed their agenda.",
      },
    ],
  },
  {
    key: "kremlin-received-latest-draft",
    speaker: "yuri-ushakov",
    speakerRole: "Putin’s foreign policy adviser",
    quote: "the Kremlin has received the latest draft agreed by Washington with Kiev",
    text: "The Kremlin has received the latest draft of the peace plan agreed between Washington and Kyiv.",
    statedAt: "2025-11-26",
    status: "unverified",
    rationale:
      "Ushakov is the recipient's own adviser, but the article cites no confirmation from Washington or Kyiv that the draft was sent.",
    evidence: [
      {
        kind: "official_statement",
        stance: "supports",
        sourceName: "Yuri Ushakov, Putin’s foreign policy adviser",
        excerpt: "According to the diplomat, the Kremlin has received the latest draft agreed by Washington with Kiev.",
        publishedAt: "2025-11-26",
      },
    ],
  },
  {
    key: "ushakov-some-points-positive",
    speaker: "yuri-ushakov",
    speakerRole: "Putin’s foreign policy adviser",
    quote: "some points “can be considered positive”, but “many others require special debate among experts”",
    text: "Yuri Ushakov said the Russian government considers some points of the latest draft positive, while many others require special debate among experts.",
    statedAt: "2025-11-26",
    status: "unverified",
    rationale: "This is the Kremlin's assessment of a draft that has not been published, so it cannot be checked against the text.",
    evidence: [
      {
        kind: "official_statement",
        stance: "context",
        sourceName: "Yuri Ushakov, Putin’s foreign policy adviser",
        excerpt: "For the Russian government, some points “can be considered positive”, but “many others require special debate among experts”.",
        publishedAt: "2025-11-26",
      },
    ],
  },

  // ── Trump: no Zelensky meeting, no deadline ─────────────────────────────
  {
    key: "trump-rules-out-zelensky-meeting",
    speaker: "newsroom",
    speakerRole: "the article's own reporting",
    quote: "He categorically ruled out, at least for the moment, the meeting with Zelenskyj",
    text: "Donald Trump has ruled out, for now, meeting Volodymyr Zelensky, even though Kyiv proposed a trip over Thanksgiving to keep the talks moving.",
    statedAt: "2025-11-26",
    status: "unverified",
    rationale: "The article reports this without quoting Trump or naming a source.",
    evidence: [
      {
        kind: "other",
        stance: "context",
        sourceName: "The article's own reporting",
        excerpt: "Donald Trump closes the doors – at least for the moment – to Ukrainian Volodymyr Zelenskyj",
      },
    ],
  },
  {
    key: "thursday-deadline-for-ukraine",
    speaker: "newsroom",
    speakerRole: "the article's own reporting",
    quote: "Republicans had set Thursday as the deadline for Ukraine to say yes to the peace plan presented by the United States",
    text: "Trump had set Thursday, 27 November 2025 (Thanksgiving), as the deadline for Ukraine to accept the US peace plan.",
    statedAt: "2025-11-26",
    status: "unverified",
    rationale:
      "\"Republicans\" is almost certainly a mistranslation of \"the Republican\" (Trump), since the next sentence says \"he\" dropped the ultimatum. The article gives no source for the original deadline, and Trump now says there is no deadline.",
    evidence: [
      {
        kind: "official_statement",
        stance: "context",
        ...AIR_FORCE_ONE,
        excerpt: "Now he has clarified that the ultimatum has disappeared: “I don’t have a deadline.",
      },
    ],
  },
  {
    key: "trump-no-deadline",
    speaker: "donald-trump",
    speakerRole: "President",
    quote: "I don’t have a deadline. Do you know when the one I have will be respected? When everything is over",
    text: "Donald Trump said he has no deadline for Ukraine to accept the peace plan; the only deadline is when everything is over.",
    statedAt: "2025-11-25",
    status: "confirmed",
    rationale:
      "Trump set the deadline himself, and he withdrew it on the record aboard Air Force One on Tuesday 25 November 2025. This replaces the earlier Thursday ultimatum.",
    evidence: [
      {
        kind: "official_statement",
        stance: "supports",
        ...AIR_FORCE_ONE,
        excerpt:
          "“I don’t have a deadline. Do you know when the one I have will be respected? When everything is over”, he declared on Tuesday from Air Force One.",
      },
    ],
  },
  {
    key: "trump-russia-has-advantage",
    speaker: "donald-trump",
    speakerRole: "President",
    quote:
      "at this point in the war Russia seems to have the advantage, while Ukraine would benefit from reaching an agreement as soon as possible to avoid further deaths among its people",
    text: "Donald Trump said Russia appears to have the advantage in the war and that Ukraine would benefit from reaching a deal quickly to avoid more deaths.",
    statedAt: "2025-11-25",
    status: "unverified",
    rationale: "The remarks were made on the record aboard Air Force One, but they are Trump's assessment of the war, not a verifiable fact.",
    evidence: [
      {
        kind: "official_statement",
        stance: "context",
        ...AIR_FORCE_ONE,
        excerpt: "In these comments, Trump provided some insights into what is being proposed in the peace process.",
      },
    ],
  },
  {
    key: "trump-russia-will-hold-donetsk",
    speaker: "donald-trump",
    speakerRole: "President",
    quote: "in the eastern province of Donetsk, “Russia will probably hold” in the next two months",
    text: "Donald Trump predicted that Russia will probably take the part of Donetsk province it claims but has not yet occupied within the next two months.",
    statedAt: "2025-11-25",
    status: "unverified",
    rationale: "This is a forecast about the battlefield that cannot be checked yet.",
    evidence: [
      {
        kind: "official_statement",
        stance: "context",
        ...AIR_FORCE_ONE,
        excerpt:
          "Part of the territory that Moscow claims without even having managed to occupy, in the eastern province of Donetsk, “Russia will probably hold” in the next two months, the republican believes.",
      },
    ],
  },
  {
    key: "trump-security-guarantee-talks",
    speaker: "donald-trump",
    speakerRole: "President",
    quote: "negotiations are taking place with European allies on possible security guarantees for the Ukrainians",
    text: "Donald Trump said the United States is negotiating with European allies on possible security guarantees for Ukraine.",
    statedAt: "2025-11-25",
    status: "unverified",
    rationale: "Trump said this on the record, but the article cites no European confirmation or details of the talks.",
    evidence: [
      {
        kind: "official_statement",
        stance: "supports",
        ...AIR_FORCE_ONE,
        excerpt:
          "He also indicated that negotiations are taking place with European allies on possible security guarantees for the Ukrainians.",
      },
    ],
  },
];

export const DEMO_LINKS: SeedLink[] = [
  {
    from: "ushakov-confirms-leaked-calls",
    to: "dmitriev-denies-leaked-calls",
    type: "contradicts",
    note: "Dmitriev denied on X that the leaked conversations existed; Ushakov, a participant, confirmed the calls to Kommersant.",
  },
  {
    from: "dmitriev-denies-leaked-calls",
    to: "dmitriev-ushakov-call-leaked",
    type: "contradicts",
    note: "Dmitriev's denial covers the Dmitriev–Ushakov conversation that Bloomberg published.",
  },
  {
    from: "ushakov-confirms-leaked-calls",
    to: "dmitriev-ushakov-call-leaked",
    type: "confirms",
    note: "Ushakov, the other party to the call, confirmed the leaked calls took place.",
  },
  {
    from: "ushakov-confirms-leaked-calls",
    to: "witkoff-coached-kremlin-on-trump",
    type: "confirms",
    note: "Ushakov was Witkoff's interlocutor on the 14 October call and confirmed the leaked calls.",
  },
  {
    from: "witkoff-explained-trump-weaknesses",
    to: "witkoff-coached-kremlin-on-trump",
    type: "repeats",
    note: "Later in the article the newspaper restates the Bloomberg leak, describing it in its own words as Witkoff explaining Trump's \"weaknesses\".",
  },
  {
    from: "peskov-witkoff-visit-not-finalised",
    to: "ushakov-preliminary-agreement-on-witkoff-visit",
    type: "confirms",
    note: "Both Kremlin officials say the Witkoff visit is agreed only in principle; neither says it is settled.",
  },
  {
    from: "ushakov-preliminary-agreement-on-witkoff-visit",
    to: "witkoff-to-meet-putin-in-moscow",
    type: "confirms",
    note: "The Kremlin confirms a visit is planned but only preliminarily, a weaker statement than Trump's.",
  },
  {
    from: "trump-no-deadline",
    to: "thursday-deadline-for-ukraine",
    type: "supersedes",
    note: "On 25 November Trump dropped the Thursday ultimatum for Ukraine to accept the plan.",
  },
  {
    from: "american-media-russian-demands-excluded",
    to: "witkoff-ukraine-must-cede-donetsk",
    type: "supersedes",
    note: "According to American media, the later Washington–Kyiv draft dropped the handover of all of Donetsk that Witkoff had called necessary in October.",
  },
  {
    from: "kremlin-source-plan-reworked-dmitriev-document",
    to: "moscow-authored-initial-plan",
    type: "confirms",
    note: "The Insider's Kremlin source independently supports the claim that the first US plan originated in Moscow (both remain unverified).",
  },
  {
    from: "ryabkov-no-concessions",
    to: "kremlin-source-28-point-baseline",
    type: "confirms",
    note: "Ryabkov's on-record refusal to make concessions fits the anonymous report that Moscow is holding to the original 28-point plan.",
  },
  {
    from: "ushakov-peace-plan-not-discussed-in-abu-dhabi",
    to: "russia-ukraine-delegations-met-abu-dhabi",
    type: "confirms",
    note: "Ushakov's remark matches the report that the Abu Dhabi talks dealt only with technical issues such as prisoner exchanges.",
  },
];
