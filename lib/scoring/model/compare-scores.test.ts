import { describe, expect, it } from "vitest";
import { compareOnHistory, type HistoryRow } from "./compare-scores";
import { DEFAULT_MODEL } from "./default-model";
import { scoreOnly } from "./model";
import { storedFeatureVector } from "./stored-features";

const rows: HistoryRow[] = Array.from({ length: 30 }, (_, i) => ({
  inferenceId: `inf-${String(i).padStart(2, "0")}`,
  createdAt: new Date(Date.UTC(2026, 10, 30 - i)),
  jobTitle: "Buyer",
  candidateName: `Candidate ${i}`,
  features: {
    ...storedFeatureVector({}),
    tech_skill_coverage: i / 29,
    missing_required_skills: Math.round(5 - (5 * i) / 29),
  },
}));

describe("a candidate model on recent history", () => {
  it("counts band transitions from each row's stored features, under both models", () => {
    const stricter = { ...DEFAULT_MODEL, intercept: DEFAULT_MODEL.intercept - 1.5 };
    const result = compareOnHistory(rows, DEFAULT_MODEL, stricter);
    const expected = rows.map(
      (row) => [scoreOnly(DEFAULT_MODEL, row.features), scoreOnly(stricter, row.features)] as const,
    );
    const changed = expected.filter(([a, b]) => a.band !== b.band);
    expect(result.rows).toBe(30);
    expect(result.changed).toBe(changed.length);
    expect(result.changed).toBeGreaterThan(0);
    expect(result.transitions).toHaveLength(9);
    expect(result.transitions.reduce((sum, entry) => sum + entry.count, 0)).toBe(30);
    // A lower intercept only ever moves scores down a band.
    const up = result.transitions.filter((t) =>
      ["weak>possible", "weak>strong", "possible>strong"].includes(`${t.from}>${t.to}`),
    );
    expect(up.every((t) => t.count === 0)).toBe(true);
    expect(result.meanAbsoluteChange).toBeCloseTo(
      expected.reduce((sum, [a, b]) => sum + Math.abs(a.score - b.score), 0) / 30,
      10,
    );
    const drops = result.examples.map((row) => row.active.score - row.candidate.score);
    expect(drops).toEqual([...drops].sort((a, b) => b - a));
    expect(result.examples.length).toBe(Math.min(10, changed.length));
    expect(result.points.filter((point) => point.changed)).toHaveLength(changed.length);
  });

  it("finds nothing to change between identical weights, or on an empty history", () => {
    expect(compareOnHistory(rows, DEFAULT_MODEL, { ...DEFAULT_MODEL })).toMatchObject({
      changed: 0,
      meanAbsoluteChange: 0,
      examples: [],
    });
    expect(compareOnHistory([], DEFAULT_MODEL, DEFAULT_MODEL)).toMatchObject({ rows: 0, changed: 0, points: [] });
  });
});
