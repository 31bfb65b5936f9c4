import { describe, expect, it } from "vitest";
import { draftRationale } from "./rationale";

describe("draftRationale", () => {
  it("explains a score from its own numbers", () => {
    const rationale = draftRationale({
      score: 78.4,
      band: "strong",
      matched_skills: ["python", "ci_cd"],
      missing_skills: ["kubernetes"],
      top_positive: [{ signal: "tech_skill_coverage", contribution: 0.9 }],
      top_negative: [{ signal: "seniority_shortfall", contribution: -0.6 }],
    });
    expect(rationale.summary).toBe(
      "Scored 78 of 100: a strong match. Has 2 of the required skills (python, ci cd). Missing kubernetes.",
    );
    expect(rationale.strengths).toEqual(["Raised by required skills covered"]);
    expect(rationale.gaps).toEqual(["Lowered by levels below the target seniority"]);
  });
});
