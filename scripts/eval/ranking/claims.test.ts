import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLAIMS, claimsEffect, type ClaimForm } from "./claims";
import { loadCollection } from "./collection";

describe("claimsEffect", () => {
  it("places each form of claim where it says", () => {
    const resume = "Dana Weber\nBuyer, Metro AG, 2018 – present\n- Placed purchase orders";
    expect(CLAIMS.list(resume, ["A", "B"])).toBe(`${resume}\n\nSkills: A, B`);
    expect(CLAIMS.profile(resume, ["A", "B", "C"]).split("\n")[1]).toBe("Skilled in A, B and C.");
    expect(CLAIMS.role(resume, ["A", "B"]).split("\n")[2]).toBe("- Responsible for A and B.");
  });

  it.each(Object.keys(CLAIMS) as ClaimForm[])(
    "%s: scores every résumé of someone who has not done each job, with and without the claim",
    async (form) => {
      const collection = loadCollection(path.resolve("test/fixtures/ranking-mini"));
      const effect = await claimsEffect(collection, new Date("2026-12-01T00:00:00Z"), form);
      // Every job of the fixture has someone who has done it; the others are the rest of its ten résumés.
      const expectedPairs = collection.queries.reduce((total, query) => {
        const cores = [...collection.qrels.get(query.id)!.values()].filter((grade) => grade >= 2).length;
        return total + collection.documents.size - cores;
      }, 0);
      expect(effect.pairs).toBe(expectedPairs);
      expect(effect.lowered).toBe(0);
      expect(effect.strongAfter).toBeGreaterThanOrEqual(effect.strongBefore);
    },
    60_000,
  );
});
