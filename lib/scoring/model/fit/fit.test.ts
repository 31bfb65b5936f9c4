import { describe, expect, it } from "vitest";
import { Invalid } from "@/lib/errors";
import { SeededRandom } from "@/lib/util/random";
import { SIGNALS, type FeatureVector, type NumericSignalName } from "@/lib/vocabulary/signals";
import { DEFAULT_MODEL } from "../default-model";
import { logitOf } from "../model";
import { storedFeatureVector } from "../stored-features";
import { FIT_CONSTRAINTS, fitModel, type LabelledRow } from "./fit";
import { satisfies } from "./projection";
import { sigmoid } from "./solver";
import { splitByGroup } from "./split";
import { FIT_TERMS } from "./terms";

// Outcomes drawn from a known model over a few signals, on many jobs: the fit must find the weights,
// weigh only what the design allows, keep every constraint, and measure itself on jobs it never saw.

const TRUTH: Partial<Record<NumericSignalName, number>> = {
  tech_skill_coverage: 2.5,
  semantic_similarity: 3,
  seniority_shortfall: -0.9,
  seniority_excess: -0.3,
};
const INTERCEPT = -0.5;

function rows(count: number, seed: number, jobs = 30): LabelledRow[] {
  const random = new SeededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const features: FeatureVector = {
      ...storedFeatureVector({}),
      tech_skill_coverage: random.next(),
      semantic_similarity: 0.2 + random.next() * 0.5,
      seniority_shortfall: random.int(0, 2),
      seniority_excess: random.int(0, 2),
      // Noise the outcomes do not depend on, and signals that must never be weighed.
      completeness: random.next(),
      technical_skill_count: random.int(0, 40),
      days_since_opening: random.int(0, 90),
      recruiter: `rec_${random.int(1, 5)}`,
    };
    let logit = INTERCEPT;
    for (const [signal, weight] of Object.entries(TRUTH))
      logit += weight * ((features[signal as NumericSignalName] as number) - 0);
    return { group: `job-${i % jobs}`, positive: random.chance(sigmoid(logit)), features };
  });
}

const numericSignals = SIGNALS.filter((signal) => signal.kind === "numeric").map((signal) => signal.name);

describe("fitting the model to outcomes", () => {
  it("recovers the weights behind the outcomes and weighs only the design's signals", () => {
    const { definition, report } = fitModel({ rows: rows(12_000, 1), active: DEFAULT_MODEL, l2: 1e-4 });
    expect(Object.keys(definition.terms).sort()).toEqual(FIT_TERMS.map((term) => term.signal).sort());
    for (const [signal, weight] of Object.entries(TRUTH))
      expect(Math.abs(definition.terms[signal as NumericSignalName]!.weight - weight)).toBeLessThan(0.25);
    expect(Math.abs(definition.terms.completeness!.weight)).toBeLessThan(0.25);
    // Signals the rows never state carry nothing.
    expect(definition.terms.lexical_relevance!.weight).toBe(0);
    expect(numericSignals.filter((name) => !(name in definition.terms))).toEqual(
      expect.arrayContaining(["technical_skill_count", "days_since_opening", "experience_years", "job_zone"]),
    );
    expect(definition.bands).toEqual(DEFAULT_MODEL.bands);
    expect(report.converged).toBe(true);
  });

  it("sets references to the fitted rows' means and measures on held-out jobs only", () => {
    const data = rows(3_000, 2);
    const { definition, report } = fitModel({ rows: data, active: DEFAULT_MODEL, l2: 0.01 });
    const held = new Set(report.heldOutJobs);
    const training = data.filter((row) => !held.has(row.group));
    const mean = training.reduce((sum, row) => sum + (row.features.tech_skill_coverage ?? 0), 0) / training.length;
    expect(definition.terms.tech_skill_coverage!.reference).toBeCloseTo(mean, 4);
    expect(report.training.rows + report.heldOut.rows).toBe(data.length);
    expect(report.heldOut.rows).toBeGreaterThanOrEqual(0.25 * data.length);
    expect(report.training.jobs + report.heldOut.jobs).toBe(30);
    const { fitted, active } = report.heldOutEvaluation;
    expect(active).toMatchObject({ version: DEFAULT_MODEL.version, rows: report.heldOut.rows });
    expect(fitted.rows).toBe(report.heldOut.rows);
    // The stored (rounded) weights are what was evaluated.
    const heldOut = data.filter((row) => held.has(row.group));
    const brier = heldOut.reduce(
      (s, r) => s + (sigmoid(logitOf(definition, r.features)) - (r.positive ? 1 : 0)) ** 2,
      0,
    );
    expect(fitted.brier).toBeCloseTo(brier / heldOut.length, 12);
    expect(fitted.auc).toBeGreaterThan(0.6);
  });

  it("keeps every constraint whatever the outcomes say", () => {
    // Outcomes that reward missing skills and over-qualification, and punish coverage.
    const perverse = rows(3_000, 3).map((row) => ({ ...row, positive: (row.features.tech_skill_coverage ?? 0) < 0.4 }));
    const { definition } = fitModel({ rows: perverse, active: DEFAULT_MODEL, l2: 0.01 });
    const weights = FIT_TERMS.map(({ signal }) => definition.terms[signal]!.weight);
    expect(satisfies(weights, FIT_CONSTRAINTS)).toBe(true);
    expect(definition.terms.tech_skill_coverage!.weight).toBe(0);
  });

  it("chooses the penalty by cross-validation over jobs, deterministically", () => {
    const data = rows(1_500, 4);
    const first = fitModel({ rows: data, active: DEFAULT_MODEL });
    expect(first.report.l2Chosen).toBe("cross-validation");
    expect(first.report.crossValidation.map((entry) => entry.l2)).toContain(first.report.l2);
    const best = Math.min(...first.report.crossValidation.map((entry) => entry.logLoss));
    expect(first.report.crossValidation.find((entry) => entry.l2 === first.report.l2)!.logLoss).toBe(best);
    expect(fitModel({ rows: data, active: DEFAULT_MODEL })).toEqual(first);
  });

  it("refuses too few outcomes, saying how many are needed", () => {
    const few = rows(120, 5);
    expect(() => fitModel({ rows: few, active: DEFAULT_MODEL })).toThrow(Invalid);
    expect(() => fitModel({ rows: few, active: DEFAULT_MODEL })).toThrow(
      /at least 200 .* at least 40 of each .* at least 5 jobs\. Found 120/,
    );
    const fewJobs = rows(800, 6, 3);
    expect(() => fitModel({ rows: fewJobs, active: DEFAULT_MODEL })).toThrow(/on 3 jobs/);
    const onlyPositive = rows(800, 7).map((row) => ({ ...row, positive: true }));
    expect(() => fitModel({ rows: onlyPositive, active: DEFAULT_MODEL })).toThrow(/0 rejected/);
  });

  it("refuses a split where one side has a single kind of outcome", () => {
    // Every rejection is on one job: whichever side holds it, the other has only positives.
    const data = rows(800, 8, 10).map((row) => ({ ...row, positive: row.group !== "job-0" }));
    const { heldOutGroups } = splitByGroup(data, { heldOutShare: 0.25, seed: "model-fit" });
    expect(heldOutGroups.length).toBeGreaterThan(0);
    expect(() => fitModel({ rows: data, active: DEFAULT_MODEL, l2: 0.01 })).toThrow(/same outcome/);
  });
});
