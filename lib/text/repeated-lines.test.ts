import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linesRepeating, mayRepeat } from "./repeated-lines";
import { words } from "@/lib/util/words";

const POSTING = `What you'll be doing
- Finding and winning new business customers: prospecting, cold calling, visiting sites and presenting our range
- Preparing quotes and negotiating prices and contract terms`;

describe("lines repeating another text", () => {
  it("finds a line pasted word for word, or nearly, and nothing said in one's own words", () => {
    const resume = `Sales Executive, Boxco (2020 – present)
- Finding and winning new business customers: prospecting, cold calling, visiting sites and presenting our range
- Preparing quotes and negotiating the prices and contract terms
- Won 14 new accounts by cold calling and site visits
- Preparing quotes`;
    expect(linesRepeating(resume, POSTING)).toEqual({
      numbers: [1, 2],
      lines: [
        "- Finding and winning new business customers: prospecting, cold calling, visiting sites and presenting our range",
        "- Preparing quotes and negotiating the prices and contract terms",
      ],
      sourceLines: 2,
    });
  });

  it("never reads a line shorter than a run of words as a copy", () => {
    expect(linesRepeating("- Preparing quotes\n- Cold calling", "Preparing quotes\nCold calling").lines).toEqual([]);
  });

  it("finds nothing against an empty source", () => {
    expect(linesRepeating("- Preparing quotes and negotiating prices and contract terms", "")).toEqual({
      numbers: [],
      lines: [],
      sourceLines: 0,
    });
  });
});

describe("whether a text's words may repeat a source's lines", () => {
  const holding = (text: string) => {
    const held = new Set(words(text));
    return (word: string) => held.has(word);
  };

  it("is true whenever the lines repeat that many of the source's lines", () => {
    const resume =
      "- Preparing quotes and negotiating the prices and contract terms\n- Finding and winning new business customers: prospecting, cold calling";
    expect(linesRepeating(resume, POSTING).sourceLines).toBe(2);
    expect(mayRepeat(holding(resume), POSTING, 2)).toBe(true);
  });

  it("is false when the words of no run of a second line are all there", () => {
    const resume =
      "- Preparing quotes and negotiating the prices and contract terms\n- Won 14 new accounts by cold calling";
    expect(mayRepeat(holding(resume), POSTING, 1)).toBe(true);
    expect(mayRepeat(holding(resume), POSTING, 2)).toBe(false);
  });

  it("is never false where the lines repeat that many (texts made of pieces of the posting's lines)", () => {
    const sourceWords = POSTING.split("\n").map((line) => words(line));
    const piece = fc
      .record({ line: fc.nat(sourceWords.length - 1), start: fc.nat(12), length: fc.integer({ min: 1, max: 12 }) })
      .map(({ line, start, length }) => sourceWords[line]!.slice(start, start + length).join(" "));
    const line = fc.array(fc.oneof(piece, fc.constantFrom("audited", "the", "and")), { maxLength: 4 });
    let copies = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.integer({ min: 1, max: 2 }), (lines, sourceLines) => {
        const text = lines.map((pieces) => pieces.join(" ")).join("\n");
        if (linesRepeating(text, POSTING).sourceLines < sourceLines) return;
        copies++;
        expect(mayRepeat(holding(text), POSTING, sourceLines)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(copies).toBeGreaterThan(30);
  });

  it("may be true for words in another order (the text then tells)", () => {
    const resume = "terms of contract, prices negotiating, quotes preparing; customers business new winning";
    expect(mayRepeat(holding(resume), POSTING, 2)).toBe(true);
    expect(linesRepeating(resume, POSTING).sourceLines).toBe(0);
  });
});
