import { EDUCATION_LEVELS, EXPERIENCE_RANGES, SENIORITY_LEVELS } from "@/lib/vocabulary/levels";
import type { ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import { type CandidateFacts, type FactsJob, factFeatures } from "./features";
import { termContribution } from "./model/model";
import type { SqlWithParams } from "./sql-params";

// What a candidate's profile facts add to the logit for a job, computed by the database from the stored
// columns for retrieval's estimate (retrieve-candidates.ts). Each fact signal reads one fact (features.ts
// factFeatures), so the facts' part of the logit is a sum of one part per fact; a fact with few values
// becomes a lookup of the parts the scorer itself gives each value. Facts with open-ended values (field of
// study, list lengths, completeness, location) are left out: the estimate orders candidates, it does not
// score them, and the default model does not weigh those.

export interface FactEstimate {
  /** The facts' part of a Candidate row's logit, relative to a candidate whose facts are all unknown. */
  sql: SqlWithParams;
  /** The most the facts can add: a bound for candidates whose facts have not been read. */
  max: number;
}

/** A candidate of whom no fact is known. */
export const UNKNOWN_FACTS: CandidateFacts = {
  seniority: null,
  experienceRange: null,
  educationLevel: null,
  fieldOfStudy: null,
  hasDegree: null,
  technicalSkills: [],
  softSkills: [],
  tools: [],
  completeness: null,
  hasEmail: null,
  hasPhone: null,
  hasLinkedin: null,
  hasAddress: null,
  isLocal: null,
};

const YES_OR_NO = [true, false] as const;

/** The facts with few values, the column each is stored in and the values it can hold. */
export const ENUMERATED_FACTS = [
  { fact: "seniority", column: "seniority", values: SENIORITY_LEVELS },
  { fact: "experienceRange", column: "yearsExperienceRange", values: EXPERIENCE_RANGES },
  { fact: "educationLevel", column: "educationLevel", values: EDUCATION_LEVELS },
  { fact: "hasDegree", column: "hasDegree", values: YES_OR_NO },
  { fact: "hasEmail", column: "hasEmail", values: YES_OR_NO },
  { fact: "hasPhone", column: "hasPhone", values: YES_OR_NO },
  { fact: "hasLinkedin", column: "hasLinkedin", values: YES_OR_NO },
  { fact: "hasAddress", column: "hasAddress", values: YES_OR_NO },
] as const satisfies readonly { fact: keyof CandidateFacts; column: string; values: readonly unknown[] }[];

/** The logit the fact signals make for these facts. */
export function factsLogit(facts: CandidateFacts, job: FactsJob, model: Pick<ScoringModelDefinition, "terms">): number {
  let sum = 0;
  for (const [name, value] of Object.entries(factFeatures(facts, job))) sum += termContribution(model, name, value);
  return sum;
}

/** Each weighed fact's part of the logit for each value it can hold, relative to the fact unknown. */
export function factParts(job: FactsJob, model: Pick<ScoringModelDefinition, "terms">) {
  const unknown = factsLogit(UNKNOWN_FACTS, job, model);
  return ENUMERATED_FACTS.map(({ fact, column, values }) => ({
    fact,
    column,
    parts: values.map((value) => ({
      value,
      part: factsLogit({ ...UNKNOWN_FACTS, [fact]: value }, job, model) - unknown,
    })),
  })).filter(({ parts }) => parts.some(({ part }) => part !== 0));
}

/** The facts' part of the estimate for this job and model, as SQL, and its largest value. */
export function factEstimate(job: FactsJob, model: Pick<ScoringModelDefinition, "terms">): FactEstimate {
  const weighed = factParts(job, model);
  return {
    max: weighed.reduce((total, { parts }) => total + Math.max(0, ...parts.map(({ part }) => part)), 0),
    sql: (param) =>
      weighed.length === 0
        ? "0::float8"
        : weighed
            .map(({ column, parts }) => {
              const cases = parts.map(
                ({ value, part }) =>
                  `WHEN ${param(value, typeof value === "boolean" ? "boolean" : "text")} THEN ${part}::float8`,
              );
              // Any other value (none, or one the scorer does not know) is unknown: it adds nothing.
              return `(CASE "${column}" ${cases.join(" ")} ELSE 0::float8 END)`;
            })
            .join(" + "),
  };
}
