import { describe, expect, it } from "vitest";
import { titleOverlap, titleTokens } from "./text";

describe("title signals", () => {
  it("keeps the words that name the role, whatever the casing", () => {
    expect(titleTokens("Senior MLOps Engineer")).toEqual(["engineer", "mlops"]);
    expect(titleTokens("SENIOR mlops ENGINEER")).toEqual(titleTokens("Senior MLOps Engineer"));
    expect(titleTokens("Head of Data, Zürich")).toEqual(["data", "zurich"]);
  });

  it("overlap is the share of title words found in the résumé", () => {
    const resume = new Set(["mlops", "python"]);
    expect(titleOverlap(["engineer", "mlops"], (word) => resume.has(word))).toBe(0.5);
    expect(titleOverlap(["engineer"], null)).toBeNull();
    expect(titleOverlap([], (word) => resume.has(word))).toBeNull();
  });
});
