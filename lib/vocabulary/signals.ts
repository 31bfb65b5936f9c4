// Every signal the scorer computes, in feature-vector order. Match and candidate signals may carry
// weight; job signals (who handles a job, when it opened) are logged and watched for drift only.

export type SignalGroup = "match" | "candidate" | "job";

export interface SignalSpec {
  name: string;
  group: SignalGroup;
  kind: "numeric" | "categorical";
  label: string;
}

export const SIGNALS = [
  { name: "semantic_similarity", group: "match", kind: "numeric", label: "Meaning of résumé vs job (cosine)" },
  { name: "lexical_relevance", group: "match", kind: "numeric", label: "Job's words in the résumé (BM25)" },
  { name: "occupation_similarity", group: "match", kind: "numeric", label: "Occupation held vs the job's" },
  { name: "tech_skill_coverage", group: "match", kind: "numeric", label: "Required skills covered" },
  { name: "soft_skill_coverage", group: "match", kind: "numeric", label: "Required soft skills covered" },
  { name: "missing_required_skills", group: "match", kind: "numeric", label: "Required skills missing" },
  {
    name: "required_skills_evidenced",
    group: "match",
    kind: "numeric",
    label: "Required skills shown, not only listed",
  },
  {
    name: "occupation_skills_evidenced",
    group: "match",
    kind: "numeric",
    label: "Skills of the job's occupation shown in the résumé",
  },
  { name: "seniority_shortfall", group: "match", kind: "numeric", label: "Levels below the target seniority" },
  { name: "seniority_excess", group: "match", kind: "numeric", label: "Levels above the target seniority" },
  { name: "experience_shortfall", group: "match", kind: "numeric", label: "Years of experience short of the level" },
  { name: "experience_excess", group: "match", kind: "numeric", label: "Years of experience beyond the level" },
  { name: "education_shortfall", group: "match", kind: "numeric", label: "Education below what the job needs" },
  { name: "experience_years", group: "candidate", kind: "numeric", label: "Years of experience" },
  { name: "seniority_level", group: "candidate", kind: "numeric", label: "Seniority level" },
  { name: "education_level", group: "candidate", kind: "numeric", label: "Education level" },
  { name: "has_degree", group: "candidate", kind: "numeric", label: "Has a degree" },
  { name: "field_of_study", group: "candidate", kind: "categorical", label: "Field of study" },
  { name: "field_relevance", group: "candidate", kind: "numeric", label: "Field of study fits the department" },
  { name: "technical_skill_count", group: "candidate", kind: "numeric", label: "Technical skills listed" },
  { name: "soft_skill_count", group: "candidate", kind: "numeric", label: "Soft skills listed" },
  { name: "tool_count", group: "candidate", kind: "numeric", label: "Tools listed" },
  { name: "completeness", group: "candidate", kind: "numeric", label: "Profile completeness" },
  { name: "has_email", group: "candidate", kind: "numeric", label: "Has an email address" },
  { name: "has_phone", group: "candidate", kind: "numeric", label: "Has a phone number" },
  { name: "has_linkedin", group: "candidate", kind: "numeric", label: "Has a LinkedIn profile" },
  { name: "has_address", group: "candidate", kind: "numeric", label: "Has an address" },
  { name: "is_local", group: "candidate", kind: "numeric", label: "Local to the job" },
  { name: "days_since_opening", group: "job", kind: "numeric", label: "Days the job has been open" },
  { name: "department", group: "job", kind: "categorical", label: "Department" },
  { name: "recruiter", group: "job", kind: "categorical", label: "Recruiter" },
  { name: "target_seniority", group: "job", kind: "categorical", label: "Target seniority" },
  { name: "required_tech_count", group: "job", kind: "numeric", label: "Skills required" },
  { name: "required_soft_count", group: "job", kind: "numeric", label: "Soft skills required" },
  { name: "job_zone", group: "job", kind: "numeric", label: "Preparation the job's occupation needs (job zone)" },
] as const satisfies readonly SignalSpec[];

export type SignalName = (typeof SIGNALS)[number]["name"];
export type NumericSignalName = Extract<(typeof SIGNALS)[number], { kind: "numeric" }>["name"];
export type CategoricalSignalName = Extract<(typeof SIGNALS)[number], { kind: "categorical" }>["name"];

/** The feature vector: one value per signal; null where the input does not say (imputed as neutral). */
export type FeatureVector = { [Name in NumericSignalName]: number | null } & {
  [Name in CategoricalSignalName]: string;
};

export const SIGNAL_BY_NAME: ReadonlyMap<string, SignalSpec> = new Map(SIGNALS.map((signal) => [signal.name, signal]));
