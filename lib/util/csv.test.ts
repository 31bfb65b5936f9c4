import { describe, expect, it } from "vitest";
import { formatCsv, parseCsvRows } from "./csv";

describe("formatCsv", () => {
  it("quotes commas, quotes and line breaks so the parser reads the same cells back", () => {
    const rows = [
      ["name", "note", "score"],
      ['Ana "Ani" Lopes', "Lisbon, Portugal", 81.5],
      ["Line\nbreak", "", null],
    ];
    const text = formatCsv(rows);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parseCsvRows(text)).toEqual([
      ["name", "note", "score"],
      ['Ana "Ani" Lopes', "Lisbon, Portugal", "81.5"],
      ["Line\nbreak", "", ""],
    ]);
  });

  it("keeps text that a spreadsheet would run as a formula from running", () => {
    const text = formatCsv([['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "plain"], [-3]]);
    const [cells, numbers] = parseCsvRows(text);
    expect(cells).toEqual(['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)", "plain"]);
    expect(numbers).toEqual(["-3"]);
  });
});
