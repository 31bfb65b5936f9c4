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
});
