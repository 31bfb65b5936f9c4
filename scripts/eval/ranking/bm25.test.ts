import { describe, expect, it } from "vitest";
import { bm25Index } from "./bm25";

describe("BM25 baseline", () => {
  const index = bm25Index(
    new Map([
      ["nurse", "Nurse, nurse on a ward"],
      ["teacher", "Teacher"],
    ]),
  );

  it("scores Okapi BM25 by hand: k1 1.2, b 0.75, idf log(1 + (N − df + 0.5) / (df + 0.5))", () => {
    // "nurse" occurs twice in a 3-term document ("on", "a" are function words); average length 2.
    const idf = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5));
    const norm = 1 - 0.75 + (0.75 * 3) / 2;
    expect(index.scorer("nurses")("nurse")).toBeCloseTo((idf * 2 * 2.2) / (2 + 1.2 * norm), 12);
    expect(index.scorer("nurses")("teacher")).toBe(0);
  });

  it("weighs a query term by how often the posting uses it", () => {
    expect(index.scorer("nurse nurse")("nurse")).toBeCloseTo(2 * index.scorer("nurse")("nurse"), 12);
  });

  it("refuses a document it does not hold", () => {
    expect(() => index.scorer("nurse")("doctor")).toThrow(/Unknown document/);
  });
});
