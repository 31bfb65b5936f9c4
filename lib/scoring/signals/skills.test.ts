import { describe, expect, it } from "vitest";
import { coverage, evidencedShare, skillJaccard } from "./skills";

describe("skill signals", () => {
  it("coverage is the matched share, and unknown when nothing is required", () => {
    expect(coverage(4, 3)).toBe(0.75);
    expect(coverage(0, 0)).toBeNull();
  });

  it("Jaccard counts matches once in the union", () => {
    // candidate {python, sql, git}, required {python, kubernetes}: 1 shared of 4 distinct
    expect(skillJaccard(3, 2, 1)).toBe(0.25);
    expect(skillJaccard(0, 0, 0)).toBeNull();
    // adding the required "kubernetes" to the candidate: 2 shared of 4
    expect(skillJaccard(4, 2, 2)).toBe(0.5);
  });

  it("evidence counts each required skill once, whatever the repetition", () => {
    const mentioned = new Set(["python", "docker"]);
    expect(evidencedShare(["python", "kubernetes"], mentioned)).toBe(0.5);
    expect(evidencedShare([], mentioned)).toBeNull();
    expect(evidencedShare(["python"], null)).toBeNull();
  });
});
