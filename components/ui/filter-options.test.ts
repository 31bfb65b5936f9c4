import { describe, expect, it } from "vitest";
import { filterOptions } from "./filter-options";

const options = [
  { value: "1", label: "Senior Data Scientist", detail: "Data · Remote · opened 22 Sept 2026" },
  { value: "2", label: "Senior Data Scientist", detail: "Data · Dublin · opened 4 Nov 2026" },
  { value: "3", label: "Data Engineer", detail: "Engineering · Malmö · opened 1 Oct 2026" },
];

describe("filterOptions", () => {
  it("keeps options holding every word typed, in any order, in the label or the detail", () => {
    expect(filterOptions(options, "senior data").map((option) => option.value)).toEqual(["1", "2"]);
    expect(filterOptions(options, "dublin  SENIOR").map((option) => option.value)).toEqual(["2"]);
    expect(filterOptions(options, "nov 2026").map((option) => option.value)).toEqual(["2"]);
  });

  it("ignores accents and keeps everything for an empty query", () => {
    expect(filterOptions(options, "malmo").map((option) => option.value)).toEqual(["3"]);
    expect(filterOptions(options, "  ")).toHaveLength(3);
    expect(filterOptions(options, "kotlin")).toEqual([]);
  });
});
