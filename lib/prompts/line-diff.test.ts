import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffLines, splitLines, type DiffLine } from "./line-diff";

/** Length of a longest common subsequence, by the textbook dynamic programme. */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const left of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = left === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

const oldSide = (lines: DiffLine[]) => lines.filter((line) => line.kind !== "add").map((line) => line.text);
const newSide = (lines: DiffLine[]) => lines.filter((line) => line.kind !== "remove").map((line) => line.text);

describe("diffLines", () => {
  it("marks a changed line as removed then added, with line numbers on each side", () => {
    expect(diffLines(["a", "b", "c"], ["a", "B", "c", "d"])).toEqual([
      { kind: "equal", text: "a", oldLine: 1, newLine: 1 },
      { kind: "remove", text: "b", oldLine: 2, newLine: null },
      { kind: "add", text: "B", oldLine: null, newLine: 2 },
      { kind: "equal", text: "c", oldLine: 3, newLine: 3 },
      { kind: "add", text: "d", oldLine: null, newLine: 4 },
    ]);
  });

  it("handles empty sides", () => {
    expect(diffLines([], [])).toEqual([]);
    expect(diffLines([], ["x"])).toEqual([{ kind: "add", text: "x", oldLine: null, newLine: 1 }]);
    expect(diffLines(["x"], [])).toEqual([{ kind: "remove", text: "x", oldLine: 1, newLine: null }]);
  });

  it("finds the shortest edit script (the classic ABCABBA / CBABAC example: 5 edits)", () => {
    const lines = diffLines([..."ABCABBA"], [..."CBABAC"]);
    expect(lines.filter((line) => line.kind !== "equal")).toHaveLength(5);
  });

  it("property: both sides are reproduced and the unchanged lines are a longest common subsequence", () => {
    const side = fc.array(fc.constantFrom("a", "b", "c", "d", ""), { maxLength: 30 });
    fc.assert(
      fc.property(side, side, (a, b) => {
        const lines = diffLines(a, b);
        expect(oldSide(lines)).toEqual(a);
        expect(newSide(lines)).toEqual(b);
        expect(lines.filter((line) => line.kind === "equal")).toHaveLength(lcsLength(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it("splits text on any line ending", () => {
    expect(splitLines("a\r\nb\rc\nd")).toEqual(["a", "b", "c", "d"]);
    expect(splitLines("")).toEqual([]);
  });
});
