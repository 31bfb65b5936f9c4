import { describe, expect, it } from "vitest";
import { summarizeComparison, type ItemResults, type SideResult } from "./summarize";

const side = (overrides: Partial<SideResult>): SideResult => ({
  valid: true,
  output: { technical_skills: ["python", "go"], seniority: "senior" },
  latencyMs: 100,
  tokens: 500,
  costUsd: 0.001,
  score: 50,
  band: "possible",
  ...overrides,
});

// 20 items. B fails on items 0–3; on the other items B drops "go" on every even item, answers 20 ms
// slower with 100 more tokens, and scores each candidate 5 points higher (pushing 60+ into "strong").
const items: ItemResults[] = Array.from({ length: 20 }, (_, i) => {
  const scoreA = 40 + i;
  return {
    a: side({ latencyMs: 100 + i, score: scoreA, band: scoreA >= 60 ? "strong" : "possible" }),
    b:
      i < 4
        ? side({ valid: false, output: null, latencyMs: 120 + i, tokens: 600, score: null, band: null })
        : side({
            output: { technical_skills: i % 2 === 0 ? ["python"] : ["go", "python"], seniority: "senior" },
            latencyMs: 120 + i,
            tokens: 600,
            score: scoreA + 5,
            band: scoreA + 5 >= 60 ? "strong" : "possible",
          }),
  };
});

describe("summarizeComparison", () => {
  const summary = summarizeComparison(items, { seed: 11 });

  it("reports validity, latency, tokens and cost for each version and their difference", () => {
    expect(summary.items).toBe(20);
    expect(summary.validity.a).toBe(1);
    expect(summary.validity.b).toBe(0.8);
    expect(summary.validity.diff.value).toBeCloseTo(-0.2, 12);
    expect(summary.validity.diff.low!).toBeLessThan(-0.2);
    expect(summary.validity.diff.high!).toBeGreaterThan(-0.2);
    expect(summary.latencyP50.diff.value).toBeCloseTo(20, 12);
    expect(summary.tokensPer1000).toMatchObject({ a: 500_000, b: 600_000 });
    expect(summary.tokensPer1000.diff).toEqual({ value: 100_000, low: 100_000, high: 100_000 });
    expect(summary.costPer1000.diff.value).toBeCloseTo(0, 12);
  });

  it("measures agreement per field over the items both versions answered", () => {
    const skills = summary.fields.find((field) => field.field === "technical_skills")!;
    expect(skills.compared).toBe(16);
    expect(skills.rate.value).toBe(0.5); // even items 4..18 dropped "go": 8 of 16
    expect(summary.fields.find((field) => field.field === "seniority")!.rate).toEqual({ value: 1, low: 1, high: 1 });
    expect(summary.agreement.value).toBe(0.5);
  });

  it("reports the effect on scores: mean change, rank correlation and band changes", () => {
    const scores = summary.scores!;
    expect(scores.compared).toBe(16);
    expect(scores.meanChange).toEqual({ value: 5, low: 5, high: 5 });
    expect(scores.spearman.value).toBeCloseTo(1, 12);
    // Scores 55..59 under A (items 15..19) reach 60..64 under B: five candidates move up a band.
    expect(scores.bandChanges.count).toBe(5);
    expect(scores.bandChanges.transitions).toEqual([{ from: "possible", to: "strong", count: 5 }]);
    expect(scores.bandChanges.rate.value).toBeCloseTo(5 / 16, 12);
  });

  it("is deterministic for a seed", () => {
    expect(summarizeComparison(items, { seed: 11 })).toEqual(summary);
  });

  it("is empty, not wrong, without items", () => {
    const empty = summarizeComparison([], { seed: 1 });
    expect(empty).toMatchObject({
      items: 0,
      validity: { a: null, b: null, diff: { value: null } },
      scores: null,
      fields: [],
    });
  });
});
