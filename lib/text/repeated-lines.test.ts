import { describe, expect, it } from "vitest";
import { linesRepeating } from "./repeated-lines";

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
      lines: [],
      sourceLines: 0,
    });
  });
});
