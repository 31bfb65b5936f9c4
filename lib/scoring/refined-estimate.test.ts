import { describe, expect, it } from "vitest";
import { bestRefined, type Refined } from "./refined-estimate";

describe("bestRefined", () => {
  it("cuts equal estimates by name, then id, whatever order the database returned them in", () => {
    const rows: Refined[] = [
      { id: "c3", fullName: "Zoe Quinn", estimate: 1.5 },
      { id: "c9", fullName: "Ada Byron", estimate: 1.5 },
      { id: "c1", fullName: "Bea Ortiz", estimate: 2 },
      { id: "c2", fullName: "Ada Byron", estimate: 1.5 },
      { id: "c4", fullName: "Cy Young", estimate: 0.5 },
    ];
    const best = (order: Refined[]) => bestRefined([...order], 3).map((row) => row.id);
    expect(best(rows)).toEqual(["c1", "c2", "c9"]);
    expect(best([...rows].reverse())).toEqual(["c1", "c2", "c9"]);
  });
});
