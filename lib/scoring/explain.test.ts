import { describe, expect, it } from "vitest";
import type { FeatureVector } from "@/lib/vocabulary/signals";
import { describeContribution } from "./explain";

const features = { required_tech_count: 4, required_soft_count: 1, target_seniority: "mid" } as FeatureVector;
const describe1 = (signal: string, value: number | null) =>
  describeContribution({ signal, value, weight: 1, contribution: 0 }, features, null);

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
      describeContribution({ signal, value, weight, contribution }, features, null);
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

  it("reads experience against a minimum of years, which only falling short of counts", () => {
    const noLevel = { target_seniority: "unknown" } as FeatureVector;
    const floor = (signal: string, value: number, vector = noLevel) =>
      describeContribution({ signal, value, weight: -0.3, contribution: 0 }, vector, 2);
    expect(floor("experience_shortfall", 0)).toBe("Meets the 2-year minimum");
    expect(floor("experience_shortfall", 1)).toBe("1 year short of the 2-year minimum");
    expect(floor("experience_excess", 0)).toBe("More than the 2-year minimum is no drawback");
    expect(floor("seniority_shortfall", 1)).toBe("1 level below the level the 2-year minimum suggests (junior)");
    expect(floor("seniority_excess", 0)).toBe("Not over-qualified: the post asks for a minimum (2 years), not a level");
    // A level the post names keeps both sides, and its usual years.
    expect(floor("seniority_excess", 1, features)).toMatch(/^1 level above the target level \(mid\)/);
    expect(floor("experience_excess", 3, features)).toBe("3 years more experience than usual");
    expect(floor("experience_shortfall", 0, features)).toBe("Enough experience for the level");
  });
});
