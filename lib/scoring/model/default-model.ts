import type { ScoringModel } from "./model";

// Default weights, chosen by hand: there is no labelled outcome data yet (outcomes recorded in the app are
// what a future version will be fitted on). A weight of 1 moves the logit by 1 (≈ +23 points from 50) for a
// full unit change of its signal. Calibrated on the demo pool (300 candidates × 24 jobs) so that the
// required-skill coverage drives the band: with a quarter of the required skills a typical candidate
// scores ~12, with half ~35 (possible at best), with three quarters ~69 and with all of them ~91.

export const DEFAULT_MODEL: ScoringModel = {
  version: "zs-2026.11-2",
  intercept: -0.2,
  terms: {
    // Having what the job requires is the core of fit: full coverage vs none swings the logit by 3.
    tech_skill_coverage: { weight: 3, reference: 0.5 },
    // Each missing required skill costs a little more on top, so two gaps hurt more than one.
    missing_required_skills: { weight: -0.15, reference: 2 },
    // Soft skills matter but are self-reported and hard to verify: a fifth of the technical weight.
    soft_skill_coverage: { weight: 0.6, reference: 0.5 },
    // Broad overlap of the whole skill profile, a small correction over coverage.
    skill_jaccard: { weight: 1, reference: 0.2 },
    // Required skills the résumé actually mentions (evidence, not just a list); a set, so stuffing is free.
    required_skills_evidenced: { weight: 1, reference: 0.5 },
    // Meaning overlap of résumé and job; the built-in hash embedding gives ~0.3–0.7 within a profession.
    semantic_similarity: { weight: 2, reference: 0.45 },
    // Distance from the target level costs 0.5 per level; being above it is slightly better than below.
    seniority_gap_abs: { weight: -0.5, reference: 1 },
    seniority_gap: { weight: 0.1, reference: 0 },
    experience_fit: { weight: 0.6, reference: 0.7 },
    // Having held a similarly named role.
    title_overlap: { weight: 0.5, reference: 0.5 },
    // Education is a weak predictor once skills are known: small weights only.
    education_level: { weight: 0.1, reference: 3 },
    has_degree: { weight: 0.2, reference: 0.7 },
    field_relevance: { weight: 0.4, reference: 0.5 },
    // Breadth of listed skills, lightly (never negative, so adding a skill never lowers a score).
    technical_skill_count: { weight: 0.02, reference: 8 },
    tool_count: { weight: 0.02, reference: 3 },
    soft_skill_count: { weight: 0.02, reference: 2 },
    // A complete, reachable profile; individual contact fields carry no weight of their own.
    completeness: { weight: 0.5, reference: 0.8 },
    is_local: { weight: 0.3, reference: 0.5 },
    // Job signals (days open, department, recruiter, requirement counts) deliberately have no term.
  },
  bands: { strong: 70, possible: 45 },
};
