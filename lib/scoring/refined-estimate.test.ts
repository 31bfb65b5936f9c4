import { describe, expect, it } from "vitest";
import { bestRefined, type Refined } from "./refined-estimate";

describe("bestRefined", () => {
  it("cuts equal estimates by id, whatever order the database returned them in", () => {
    const rows: Refined[] = [
      { id: "c3", estimate: 1.5 },
      { id: "c9", estimate: 1.5 },
      { id: "c1", estimate: 2 },
      { id: "c2", estimate: 1.5 },
      { id: "c4", estimate: 0.5 },
    ];
    const best = (order: Refined[]) => bestRefined([...order], 3).map((row) => row.id);
    expect(best(rows)).toEqual(["c1", "c2", "c3"]);
    expect(best([...rows].reverse())).toEqual(["c1", "c2", "c3"]);
  });
});
