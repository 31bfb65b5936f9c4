import { seniorityFromYears } from "@/lib/extraction";
import { SIGNAL_BY_NAME, type FeatureVector } from "@/lib/vocabulary/signals";
import { byImpact, type Contribution } from "./model/model";

// Each contribution in words a recruiter reads at a glance ("3 of 5 required skills met"), and the
// three that moved the score most: the reasons shown on every ranked row.

const REASONS = 3;
const MIN_REASON_IMPACT = 0.05;

/** The job's minimum of years ("2+ years"): not a signal, but what the experience signals are read against. */
type Describe = (value: number, features: FeatureVector, minimumYears: number | null) => string;

const count = (value: number, one: string, many = `${one}s`) => `${value} ${value === 1 ? one : many}`;
const share = (value: number, total: number | null) => (total ? Math.round(value * total) : 0);
const percent = (value: number) => `${Math.round(value * 100)}%`;
const years = (value: number) => (value === 1 ? "1 year" : `${Number(value.toFixed(1))} years`);
const target = (features: FeatureVector) =>
  features.target_seniority === "unknown" ? "the target level" : `the target level (${features.target_seniority})`;
const minimum = (value: number) => `the ${value}-year minimum`;
/** A minimum without a level: its floor is all the post asks; a level keeps its own years (signals/seniority.ts). */
const floorOnly = (features: FeatureVector, minimumYears: number | null): minimumYears is number =>
  minimumYears !== null && features.target_seniority === "unknown";

const DESCRIBE: Partial<Record<keyof FeatureVector, Describe>> = {
  semantic_similarity: (value) =>
    `${value >= 0.6 ? "Close" : value >= 0.4 ? "Somewhat close" : "Not close"} in meaning to the job (${value.toFixed(2)})`,
  lexical_relevance: (value) =>
    `${value >= 0.5 ? "Uses many" : value >= 0.2 ? "Uses some" : "Uses few"} of the job's key words (${value.toFixed(2)})`,
  occupation_similarity: (value) =>
    value >= 0.95
      ? "Has worked in the job's occupation"
      : value >= 0.65
        ? "Has worked in a closely related occupation"
        : value >= 0.35
          ? "Has worked in the same field"
          : "Has worked in other occupations",
  tech_skill_coverage: (value, features) =>
    `${share(value, features.required_tech_count)} of ${features.required_tech_count} required skills met`,
  soft_skill_coverage: (value, features) =>
    `${share(value, features.required_soft_count)} of ${features.required_soft_count} required soft skills met`,
  // Only skills the taxonomy names count as missing (a posting's own phrases do not: features.ts), so the
  // count is not told against all requirements; the coverage line says how many of them are met.
  missing_required_skills: (value) =>
    value === 0 ? "No named required skill missing" : `${count(value, "named required skill")} missing`,
  // Shown: stated in a role, a duty or a profile, not only in a skill list (lib/skills/skill-lists.ts).
  required_skills_evidenced: (value, features) =>
    `${share(value, features.required_tech_count)} of ${features.required_tech_count} required skills shown in the résumé, not only listed`,
  occupation_skills_evidenced: (value) =>
    `${percent(value)} of the skills typical of the job's occupation shown in the résumé`,
  seniority_shortfall: (value, features, minimumYears) => {
    const wanted = floorOnly(features, minimumYears)
      ? `the level ${minimum(minimumYears)} suggests (${seniorityFromYears(minimumYears)})`
      : target(features);
    return value === 0 ? `At or above ${wanted}` : `${count(value, "level")} below ${wanted}`;
  },
  seniority_excess: (value, features, minimumYears) =>
    floorOnly(features, minimumYears)
      ? `Not over-qualified: the post asks for a minimum (${years(minimumYears)}), not a level`
      : value === 0
        ? `Not above ${target(features)}`
        : `${count(value, "level")} above ${target(features)} (over-qualified costs less than under-qualified)`,
  experience_shortfall: (value, features, minimumYears) =>
    floorOnly(features, minimumYears)
      ? value === 0
        ? `Meets ${minimum(minimumYears)}`
        : `${years(value)} short of ${minimum(minimumYears)}`
      : value === 0
        ? "Enough experience for the level"
        : `${years(value)} short of the usual experience`,
  experience_excess: (value, features, minimumYears) =>
    floorOnly(features, minimumYears)
      ? `More than ${minimum(minimumYears)} is no drawback`
      : value === 0
        ? "Experience within the usual range"
        : `${years(value)} more experience than usual`,
  education_shortfall: (value) =>
    value === 0
      ? "Education meets what the occupation needs"
      : `Education ${count(value, "level")} below what the occupation needs`,
  completeness: (value) => `Profile ${percent(value)} complete`,
  is_local: (value) => (value === 1 ? "Local to the job" : "Not local to the job"),
  has_degree: (value) => (value === 1 ? "Has a degree" : "No degree"),
  field_relevance: (value) =>
    value === 1 ? "Field of study fits the department" : "Field of study is another department's",
  experience_years: (value) => `${years(value)} of experience`,
  technical_skill_count: (value) => count(value, "technical skill") + " listed",
  soft_skill_count: (value) => count(value, "soft skill") + " listed",
  tool_count: (value) => count(value, "tool") + " listed",
};

/** One contribution in words: its value read against the job, or "unknown" (which never counts). */
export function describeContribution(
  contribution: Contribution,
  features: FeatureVector,
  minimumYears: number | null,
): string {
  const label = SIGNAL_BY_NAME.get(contribution.signal)?.label ?? contribution.signal;
  const { value } = contribution;
  if (value === null) return `${label}: unknown, so it does not count`;
  if (typeof value === "string") return `${label}: ${value.replace(/_/g, " ")}`;
  const words =
    DESCRIBE[contribution.signal as keyof FeatureVector]?.(value, features, minimumYears) ??
    `${label}: ${Number(value.toFixed(2))}`;
  return words + againstTypical(contribution, value);
}

/**
 * Contributions are measured against a typical candidate (the model's reference), so a shortfall smaller
 * than the typical one raises the score and a strength smaller than the typical one lowers it. Said in
 * words where the sign would otherwise contradict them ("1 named required skill missing" raising it).
 */
function againstTypical({ weight, contribution }: Contribution, value: number): string {
  if (value === 0 || Math.abs(contribution) < MIN_REASON_IMPACT) return "";
  if (weight < 0 && contribution > 0) return ", better than a typical candidate";
  if (weight > 0 && contribution < 0) return ", weaker than a typical candidate";
  return "";
}

/**
 * Every contribution with its description. Built field by field: spreading these objects (their value is
 * a number, a string or null) took V8's slow path, a microsecond each, dozens per score.
 */
export function describedContributions(
  contributions: readonly Contribution[],
  features: FeatureVector,
  minimumYears: number | null,
): (Contribution & { description: string })[] {
  return contributions.map((item) => ({
    signal: item.signal,
    value: item.value,
    weight: item.weight,
    contribution: item.contribution,
    description: describeContribution(item, features, minimumYears),
  }));
}

export interface Reason {
  signal: string;
  text: string;
  /** Whether it raised (up) or lowered (down) the score. */
  direction: "up" | "down";
}

/** The contributions that moved the score most, in words (at most three, each of some weight). */
export function topReasons(
  contributions: readonly Contribution[],
  features: FeatureVector,
  minimumYears: number | null,
): Reason[] {
  return [...contributions]
    .filter((item) => Math.abs(item.contribution) >= MIN_REASON_IMPACT)
    .sort(byImpact)
    .slice(0, REASONS)
    .map((item) => ({
      signal: item.signal,
      text: describeContribution(item, features, minimumYears),
      direction: item.contribution > 0 ? "up" : "down",
    }));
}
