import type { ScoringModel } from "./model";

// Default weights until `npm run model:fit` re-derives them from recorded outcomes (see README, Scoring).
// Signs follow the design: meeting what the job asks never lowers a score, falling short of the level
// costs more than exceeding it, breadth (skill counts) and job facts carry no weight.
export const DEFAULT_MODEL: ScoringModel = {
  version: "zs-2026.12-1",
  intercept: -0.3,
  terms: {
    tech_skill_coverage: { weight: 2.5, reference: 0.5 },
    missing_required_skills: { weight: -0.15, reference: 2 },
    soft_skill_coverage: { weight: 0.5, reference: 0.5 },
    required_skills_evidenced: { weight: 1, reference: 0.5 },
    occupation_skills_evidenced: { weight: 1, reference: 0.2 },
    semantic_similarity: { weight: 2, reference: 0.45 },
    lexical_relevance: { weight: 2, reference: 0.2 },
    occupation_similarity: { weight: 1.5, reference: 0.4 },
    seniority_shortfall: { weight: -0.8, reference: 0 },
    seniority_excess: { weight: -0.25, reference: 0 },
    experience_shortfall: { weight: -0.25, reference: 0 },
    experience_excess: { weight: -0.05, reference: 0 },
    education_shortfall: { weight: -0.3, reference: 0 },
    completeness: { weight: 0.3, reference: 0.8 },
    is_local: { weight: 0.3, reference: 0.5 },
  },
  bands: { strong: 70, possible: 45 },
};
