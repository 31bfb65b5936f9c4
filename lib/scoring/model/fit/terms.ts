import type { NumericSignalName } from "@/lib/vocabulary/signals";

// Which signals a fitted model may weigh, and the sign each weight must keep (DESIGN, issue 11): having
// what the job asks never lowers a score, falling short never raises it, and under-qualification costs at
// least as much per level (or year) as over-qualification. Everything else — job signals, breadth counts
// (skill counts), facts about the candidate alone, contact flags — carries no weight at all.

export type SignRule = "nonnegative" | "nonpositive";

export const FIT_TERMS = [
  { signal: "semantic_similarity", sign: "nonnegative" },
  { signal: "lexical_relevance", sign: "nonnegative" },
  { signal: "occupation_similarity", sign: "nonnegative" },
  { signal: "tech_skill_coverage", sign: "nonnegative" },
  { signal: "soft_skill_coverage", sign: "nonnegative" },
  { signal: "required_skills_evidenced", sign: "nonnegative" },
  { signal: "occupation_skills_evidenced", sign: "nonnegative" },
  { signal: "missing_required_skills", sign: "nonpositive" },
  { signal: "seniority_shortfall", sign: "nonpositive" },
  { signal: "seniority_excess", sign: "nonpositive" },
  { signal: "experience_shortfall", sign: "nonpositive" },
  { signal: "experience_excess", sign: "nonpositive" },
  { signal: "education_shortfall", sign: "nonpositive" },
  { signal: "completeness", sign: "nonnegative" },
  { signal: "is_local", sign: "nonnegative" },
] as const satisfies readonly { signal: NumericSignalName; sign: SignRule }[];

export type FitSignal = (typeof FIT_TERMS)[number]["signal"];

/** Pairs [shortfall, excess] whose weights must satisfy weight(shortfall) ≤ weight(excess) ≤ 0. */
export const SHORTFALL_COSTS_MORE = [
  ["seniority_shortfall", "seniority_excess"],
  ["experience_shortfall", "experience_excess"],
] as const satisfies readonly (readonly [FitSignal, FitSignal])[];
