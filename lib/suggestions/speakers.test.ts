// Speaker resolution: a claim's speaker is the named person even when the sentence
// says "he", "the diplomat" or "Putin’s spokesperson".
import { describe, expect, it } from "vitest";
import { suggestClaims } from "./suggest";

function speakerOf(body: string, sentenceStart: string) {
  const found = suggestClaims(body).find((s) => s.quote.startsWith(sentenceStart));
  expect(found, `no suggestion starting "${sentenceStart}"`).toBeDefined();
  return found!.speaker;
}

describe("speaker resolution", () => {
  it("resolves he/she to the person the previous sentence was about", () => {
    const body = "Donald Trump has accepted a slower pace in the talks. He ruled out a meeting with Volodymyr Zelenskyj on Thursday.";
    expect(speakerOf(body, "He ruled out")).toMatchObject({ name: "Donald Trump", kind: "person" });
  });

  it("prefers the subject over a person merely mentioned as an object", () => {
    const body = "Donald Trump ruled out a meeting with Volodymyr Zelenskyj. Republicans had set Thursday as the deadline. Now he has clarified that the deadline has disappeared.";
    expect(speakerOf(body, "Now he has clarified")?.name).toBe("Donald Trump");
  });

  it("resolves a generic title (“the diplomat”) to the last person spoken of, keeping their stated role", () => {
    const body =
      "Russian Deputy Foreign Minister Sergei Ryabkov was clearer on Monday. “There can be no question of making concessions on key aspects,” the diplomat said.";
    expect(speakerOf(body, "“There can be")).toEqual({ name: "Sergei Ryabkov", role: "Russian Deputy Foreign Minister", kind: "person" });
  });

  it("resolves “according to the diplomat” after a quotation attributed by name", () => {
    const body =
      "“The peace plan was not discussed in Abu Dhabi,” Yuri Ushakov, Putin’s foreign policy adviser, said on Wednesday. According to the diplomat, the Kremlin has received the latest draft.";
    expect(speakerOf(body, "According to the diplomat")).toEqual({ name: "Yuri Ushakov", role: "Putin’s foreign policy adviser", kind: "person" });
  });

  it("resolves a specific title (“Putin’s spokesperson”) by role, even far back and past other people", () => {
    const body = [
      "Ushakov said there is only a preliminary agreement, while spokesman Dimitri Peskov stressed that nothing has been finalized about the visit.",
      "Russian Deputy Foreign Minister Sergei Ryabkov said on Tuesday that there will be no concessions.",
      "Donald Trump declared on Tuesday that he has no deadline.",
      "Putin’s spokesperson has blamed others for the failed peace attempt on Wednesday.",
    ].join("\n");
    expect(speakerOf(body, "Putin’s spokesperson")).toEqual({ name: "Dimitri Peskov", role: "Putin’s spokesperson", kind: "person" });
  });

  it("resolves “said the Russian leader’s communications chief” after a quotation", () => {
    const body =
      "Spokesman Dimitri Peskov stressed that nothing has been finalized. Vladimir Putin remained silent on Tuesday.\n“For now, wait. It’s too early to talk about it,” said the Russian leader’s communications chief.";
    expect(speakerOf(body, "“For now, wait.")).toEqual({
      name: "Dimitri Peskov",
      role: "the Russian leader’s communications chief",
      kind: "person",
    });
  });

  it("learns a role from a title and uses it later (“the director of the fund … Dmitriev denied”)", () => {
    const body =
      "Kiril Dmítriev, Putin’s trusted man, met the envoy in Miami in October. The director of the Russian Direct Investment Fund is from the family, with two relatives in ministries. Dmitriev denied the existence of the leaked conversations on Wednesday.";
    expect(speakerOf(body, "Dmitriev denied")).toEqual({ name: "Kiril Dmítriev", role: "director of the Russian Direct Investment Fund", kind: "person" });
  });

  it("attributes to a non-person source when the article does (“according to American media”)", () => {
    const body = "According to American media, some Russian demands were excluded from the final proposal.";
    expect(speakerOf(body, "According to American media")).toEqual({ name: "American media", role: "", kind: "source" });
  });

  it("does not mistake places for people (“the United States”, “Moscow claims”)", () => {
    const body = "Donald Trump spoke on Tuesday. Part of the territory that Moscow claims in Donetsk, “Russia will probably hold” in the next two months, the president believes.";
    expect(speakerOf(body, "Part of the territory")?.name).toBe("Donald Trump");
  });
});
