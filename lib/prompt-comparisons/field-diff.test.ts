import { describe, expect, it } from "vitest";
import { diffOutputs } from "./field-diff";

describe("diffOutputs", () => {
  it("says which skills appeared or vanished and which values changed", () => {
    const a = { technical_skills: ["Python", "kubernetes"], seniority: "mid", years_experience: 5, has_email: true };
    const b = {
      technical_skills: ["kubernetes ", "python", "go"],
      seniority: "senior",
      years_experience: 5,
      has_email: true,
    };
    expect(diffOutputs(a, b)).toEqual([
      { field: "technical_skills", kind: "list", same: false, added: ["go"], removed: [] },
      { field: "seniority", kind: "value", same: false, from: "mid", to: "senior" },
      { field: "years_experience", kind: "value", same: true, from: 5, to: 5 },
      { field: "has_email", kind: "value", same: true, from: true, to: true },
    ]);
  });

  it("treats a list in another order or case as the same, and null vs a value as a change", () => {
    const diff = diffOutputs(
      { tools: ["Jira", "figma"], field_of_study: null },
      { tools: ["figma", "jira"], field_of_study: "design" },
    );
    expect(diff?.map((field) => field.same)).toEqual([true, false]);
  });

  it("covers fields only one side has, and is null when either output is missing", () => {
    expect(diffOutputs({ a: 1 }, { b: 2 })).toEqual([
      { field: "a", kind: "value", same: false, from: 1, to: undefined },
      { field: "b", kind: "value", same: false, from: undefined, to: 2 },
    ]);
    expect(diffOutputs(null, { a: 1 })).toBeNull();
    expect(diffOutputs("text a", "text a")).toEqual([
      { field: "output", kind: "value", same: true, from: "text a", to: "text a" },
    ]);
  });
});
