import path from "node:path";
import { describe, expect, it } from "vitest";
import { listedClaimsEffect } from "./claims";
import { loadCollection } from "./collection";

describe("listedClaimsEffect", () => {
  it("scores every résumé of someone who has not done each job, with and without the list", async () => {
    const collection = loadCollection(path.resolve("test/fixtures/ranking-mini"));
    const effect = await listedClaimsEffect(collection, new Date("2026-12-01T00:00:00Z"));
    // Every job of the fixture has someone who has done it; the others are the rest of its ten résumés.
    const expectedPairs = collection.queries.reduce((total, query) => {
      const cores = [...collection.qrels.get(query.id)!.values()].filter((grade) => grade >= 2).length;
      return total + collection.documents.size - cores;
    }, 0);
    expect(effect.pairs).toBe(expectedPairs);
    expect(effect.lowered).toBe(0);
    expect(effect.strongAfter).toBeGreaterThanOrEqual(effect.strongBefore);
  }, 60_000);
});
