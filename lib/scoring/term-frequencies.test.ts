import { describe, expect, it } from "vitest";
import { termFrequencies } from "./term-frequencies";

const STORED = new Map([
  ["nurse", 40],
  ["ward", 12],
  ["forklift", 7],
  ["payroll", 9],
]);

function fetchStored(asked: string[][]) {
  return async (missing: string[]) => {
    asked.push(missing);
    return missing.flatMap((term) => (STORED.has(term) ? [{ term, documents: STORED.get(term)! }] : []));
  };
}

describe("a snapshot's term frequencies", () => {
  it("are fetched once, then answered from the cache (terms no résumé uses as 0)", async () => {
    const cache = new Map<string, number>();
    const asked: string[][] = [];
    expect(await termFrequencies(cache, ["nurse", "ward", "unheard"], fetchStored(asked))).toEqual(
      new Map([
        ["nurse", 40],
        ["ward", 12],
        ["unheard", 0],
      ]),
    );
    expect(await termFrequencies(cache, ["ward", "nurse"], fetchStored(asked))).toEqual(
      new Map([
        ["ward", 12],
        ["nurse", 40],
      ]),
    );
    expect(asked).toEqual([["nurse", "ward", "unheard"]]);
  });

  it("stay with the corpus they were read for when a later lookup clears the full cache", async () => {
    const cache = new Map<string, number>();
    const asked: string[][] = [];
    const first = await termFrequencies(cache, ["nurse", "ward"], fetchStored(asked), 3);
    await termFrequencies(cache, ["forklift", "payroll"], fetchStored(asked), 3);
    expect(cache.has("nurse")).toBe(false);
    expect(first.get("nurse")).toBe(40);
    expect(first.get("ward")).toBe(12);
    // Cleared terms are fetched again, not read as 0.
    expect(await termFrequencies(cache, ["nurse", "forklift"], fetchStored(asked), 3)).toEqual(
      new Map([
        ["forklift", 7],
        ["nurse", 40],
      ]),
    );
  });
});
