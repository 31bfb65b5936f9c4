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

describe("findEvidence, by the rules scoring uses", () => {
  it("finds a skill in any form, and never inside a longer word", () => {
    const text = "Processed purchase orders for 40 suppliers.\nRan PostgreSQL reporting.\nExcellent communication.";
    expect(findEvidence({ text, skills: ["purchase", "sql", "excel"] })).toEqual([
      { skill: "purchase", snippet: "Processed purchase orders for 40 suppliers." },
    ]);
  });
});
