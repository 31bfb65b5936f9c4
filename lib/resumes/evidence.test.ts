import { describe, expect, it } from "vitest";
import { findEvidence } from "./evidence";

describe("findEvidence", () => {
  it("returns the lines that mention each required skill, through aliases", () => {
    const text = "Summary\nRan k8s clusters on AWS for five years.\nWrote Python services.\nPython again, and Python.";
    expect(findEvidence({ text, skills: ["kubernetes", "python", "go"] })).toEqual([
      { skill: "kubernetes", snippet: "Ran k8s clusters on AWS for five years." },
      { skill: "python", snippet: "Wrote Python services." },
      { skill: "python", snippet: "Python again, and Python." },
    ]);
  });
});
