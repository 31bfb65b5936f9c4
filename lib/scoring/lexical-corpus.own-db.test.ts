import { describe, expect, it } from "vitest";
import { createCandidate } from "@/lib/candidates";
import { db } from "@/lib/db";
import { termsOf } from "@/lib/text/terms";
import { refreshLexicalCorpus } from "./lexical-corpus";

// The pool's document frequencies count the words relevance reads: a word only a skill list holds is not
// one (lexical relevance reads the résumé without its lists). A database of its own: the frequencies are
// the whole pool's.

const system = { kind: "system", name: "test" } as const;

describe("the pool's document frequencies", () => {
  it("count each résumé holding a word outside its skill lists", async () => {
    const resumes = [
      "Buyer, Metro AG, 2018 – present\nSkills: Excel, SAP",
      "Analyst, Lidl, 2016 – present\n- Excel reports every week",
      "Planner, Aldi, 2015 – present\n- Built Excel models of demand",
    ];
    for (const [index, resumeText] of resumes.entries())
      await createCandidate({ ctx: system, input: { fullName: `Person ${index}`, resumeText } });
    await refreshLexicalCorpus();
    const frequency = async (word: string) =>
      (await db.lexicalTerm.findUnique({ where: { term: termsOf(word)[0]! } }))?.documents ?? 0;
    expect(await frequency("excel")).toBe(2);
    expect(await frequency("present")).toBe(3);
  });
});
