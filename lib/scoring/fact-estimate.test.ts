import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import { ENUMERATED_FACTS, factEstimate, factParts, factsLogit, UNKNOWN_FACTS } from "./fact-estimate";
import { type CandidateFacts, factFeatures, type FactsJob } from "./features";
import { DEFAULT_MODEL } from "./model/default-model";

const JOBS: FactsJob[] = [
  { targetSeniority: "senior", minimumYears: null, jobZone: 4, department: "engineering" },
  { targetSeniority: null, minimumYears: 3, jobZone: 3, department: "sales" },
  { targetSeniority: "junior", minimumYears: 1, jobZone: 2, department: "design" },
  { targetSeniority: null, minimumYears: null, jobZone: null, department: "people" },
];

// Every fact signal weighed, each differently, so that every fact's lookup is exercised.
const factSignals = Object.keys(factFeatures(UNKNOWN_FACTS, JOBS[0]!));
const EVERY_FACT_WEIGHED: Pick<ScoringModelDefinition, "terms"> = {
  terms: Object.fromEntries(
    factSignals.map((name, index) => [name, { weight: ((index % 5) - 2.5) / 3, reference: index / 10 }]),
  ),
};

const someFacts = fc.record(
  Object.fromEntries(
    ENUMERATED_FACTS.map(({ fact, values }) => [fact, fc.constantFrom<unknown>(null, ...values)]),
  ) as Record<string, fc.Arbitrary<unknown>>,
);

const partOf = (parts: ReturnType<typeof factParts>, facts: Record<string, unknown>) =>
  parts.reduce((total, { fact, parts }) => total + (parts.find(({ value }) => value === facts[fact])?.part ?? 0), 0);

describe("the facts' part of retrieval's estimate", () => {
  it("adds one part per fact: together the scorer's logit for those facts", () => {
    for (const model of [EVERY_FACT_WEIGHED, DEFAULT_MODEL]) {
      for (const job of JOBS) {
        const parts = factParts(job, model);
        fc.assert(
          fc.property(someFacts, (facts) => {
            const logit = factsLogit({ ...UNKNOWN_FACTS, ...facts } as CandidateFacts, job, model);
            expect(partOf(parts, facts)).toBeCloseTo(logit - factsLogit(UNKNOWN_FACTS, job, model), 9);
          }),
          { numRuns: 300 },
        );
      }
    }
  });

  it("bounds what the facts can add, and leaves out facts the model does not weigh", () => {
    const job = JOBS[0]!;
    expect(factParts(job, EVERY_FACT_WEIGHED).map(({ fact }) => fact)).toEqual(
      ENUMERATED_FACTS.map(({ fact }) => fact),
    );
    // The default model weighs level and experience only.
    expect(factParts(job, DEFAULT_MODEL).map(({ fact }) => fact)).toEqual(["seniority", "experienceRange"]);
    const parts = factParts(job, EVERY_FACT_WEIGHED);
    fc.assert(
      fc.property(someFacts, (facts) => {
        expect(partOf(parts, facts)).toBeLessThanOrEqual(factEstimate(job, EVERY_FACT_WEIGHED).max + 1e-12);
      }),
    );
    expect(factEstimate(job, { terms: {} })).toMatchObject({ max: 0 });
    expect(factEstimate(job, { terms: {} }).sql(() => "?")).toBe("0::float8");
  });
});
