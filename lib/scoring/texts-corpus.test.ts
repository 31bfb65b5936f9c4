import { describe, expect, it } from "vitest";
import { termsOf } from "@/lib/text/terms";
import { lexicalCorpusOfTexts } from "./texts-corpus";

describe("lexical corpus of texts", () => {
  const stemOf = (word: string) => termsOf(word)[0]!;
  const [nurse, ward, teacher] = [stemOf("nurse"), stemOf("ward"), stemOf("teacher")];
  const corpus = lexicalCorpusOfTexts([
    "Staff nurse on a surgical ward",
    "Night nurse in theatre",
    "Primary teacher",
    "   ",
  ]);

  it("counts the résumés that contain a term, each résumé once, only for terms of two résumés or more", () => {
    expect(corpus.documentFrequency(nurse)).toBe(2);
    expect(corpus.documentFrequency(ward)).toBe(0);
    expect(corpus.documentFrequency(teacher)).toBe(0);
    expect(corpus.documentFrequency("unknown")).toBe(0);
  });

  it("counts résumés with terms and their average length in terms", () => {
    // "staff nurse surgical ward" 4 terms, "night nurse theatre" 3, "primary teacher" 2.
    expect(corpus.documents).toBe(3);
    expect(corpus.averageLength).toBeCloseTo(3, 12);
  });

  it("reads the résumé as the pool keeps it: screened, so a repeated word does not make it longer", () => {
    const repeated = lexicalCorpusOfTexts([`Staff nurse\n${"teacher ".repeat(200)}`]);
    expect(repeated.averageLength).toBeLessThan(10);
  });

  it("counts a word only where relevance reads it: not in a skill list", () => {
    const excel = stemOf("excel");
    const texts = ["Buyer\nSkills: Excel, SAP", "Excel reports every week", "Built Excel models"];
    expect(lexicalCorpusOfTexts(texts).documentFrequency(excel)).toBe(2);
    expect(lexicalCorpusOfTexts(texts.slice(0, 2)).documentFrequency(excel)).toBe(0);
  });
});
