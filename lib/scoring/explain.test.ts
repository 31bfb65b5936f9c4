import { describe, expect, it } from "vitest";
import type { FeatureVector } from "@/lib/vocabulary/signals";
import { describeContribution } from "./explain";

const features = { required_tech_count: 4, required_soft_count: 1, target_seniority: "mid" } as FeatureVector;
const describe1 = (signal: string, value: number | null) =>
  describeContribution({ signal, value, weight: 1, contribution: 0 }, features);

describe("describeContribution", () => {
  it("tells the requirements met against all of them, and the named skills missing by their number", () => {
    expect(describe1("tech_skill_coverage", 0.25)).toBe("1 of 4 required skills met");
    // A posting's own phrases are requirements but never "missing": the count is not told against all four.
    expect(describe1("missing_required_skills", 1)).toBe("1 named required skill missing");
    expect(describe1("missing_required_skills", 2)).toBe("2 named required skills missing");
    expect(describe1("missing_required_skills", 0)).toBe("No named required skill missing");
  });

  it("says an unknown value does not count", () => {
    expect(describe1("semantic_similarity", null)).toMatch(/unknown, so it does not count$/);
  });

  it("says so where the sign, measured against a typical candidate, would contradict the words", () => {
    const described = (signal: string, value: number, weight: number, contribution: number) =>
      describeContribution({ signal, value, weight, contribution }, features);
    // A typical candidate misses about three: missing one raises the score, and the words say why.
    expect(described("missing_required_skills", 1, -0.27, 0.5)).toBe(
      "1 named required skill missing, better than a typical candidate",
    );
    expect(described("missing_required_skills", 4, -0.27, -0.3)).toBe("4 named required skills missing");
    expect(described("occupation_skills_evidenced", 0.02, 1.5, -0.06)).toBe(
      "2% of the skills typical of the job's occupation shown in the résumé, weaker than a typical candidate",
    );
    expect(described("tech_skill_coverage", 0.75, 1.4, 0.7)).toBe("3 of 4 required skills met");
    // Too small to be a reason, or nothing at all: no comparison.
    expect(described("missing_required_skills", 2, -0.27, 0.01)).toBe("2 named required skills missing");
    expect(described("seniority_shortfall", 0, -0.57, 0.57)).toBe("At or above the target level (mid)");
  });
});
