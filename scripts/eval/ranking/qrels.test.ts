import { describe, expect, it } from "vitest";
import { parseQrels } from "./qrels";

const asObject = (text: string) =>
  Object.fromEntries([...parseQrels(text)].map(([query, judgments]) => [query, Object.fromEntries(judgments)]));

describe("parseQrels", () => {
  it("reads TREC's four tab-separated columns", () => {
    expect(asObject("q1\t0\td1\t1\nq1\t0\td2\t0\nq2\t0\td1\t2\n")).toEqual({ q1: { d1: 1, d2: 0 }, q2: { d1: 2 } });
  });

  it("reads three space-separated columns, and mixed lines", () => {
    expect(asObject("q1 d1 2\nq1  0  d2  1\r\nq2,d3,1")).toEqual({ q1: { d1: 2, d2: 1 }, q2: { d3: 1 } });
  });

  it("skips a header line, blank lines and comments", () => {
    const text = "\uFEFFquery\titer\tdoc\trelevance\n\n# graded\nq1\t0\td1\t3\n";
    expect(asObject(text)).toEqual({ q1: { d1: 3 } });
  });

  it("reads negative grades (TREC's junk) as 0, and keeps the last of two judgments", () => {
    expect(asObject("q1 0 d1 -2\nq1 0 d2 1\nq1 0 d2 2")).toEqual({ q1: { d1: 0, d2: 2 } });
  });

  it("refuses a line it cannot read, naming it (a header only on the first line)", () => {
    expect(() => parseQrels("q1 0 d1 1\nq1 d2")).toThrow(/line 2/);
    expect(() => parseQrels("q1 0 d1 1\nquery iter doc rel")).toThrow(/line 2/);
    expect(() => parseQrels("q1 a b c d 1")).toThrow(/line 1/);
  });
});
