import { cosineSimilarity } from "@/lib/embeddings";
import { occupationSimilarity } from "@/lib/occupations";
import { canonicalSkill, evidencesRequirement } from "@/lib/skills";
import type { FeatureVector } from "@/lib/vocabulary/signals";
import type { Embedding, OccupationFit, PreparedCandidate, PreparedJob, ScoringWarning } from "./prepared";
import { educationIndex, fieldCategory, fieldRelevance, flag } from "./signals/candidate";
import { categoryOf } from "./signals/job";
import { lexicalRelevance, type LexicalCorpus } from "./signals/lexical";
import {
  educationShortfall,
  expectedYears,
  experienceFit,
  experienceYears,
  seniorityFit,
  seniorityIndex,
} from "./signals/seniority";
import { coverage } from "./signals/skills";
import { requirementEchoWarnings, withoutRequirementEchoes } from "./requirement-echoes";
import { matchSkills } from "./skill-match";

export interface FeatureResult {
  features: FeatureVector;
  matchedSkills: string[];
  missingSkills: string[];
  /** The job's minimum of years, which the explanation names ("meets the 2-year minimum"). */
  minimumYears: number | null;
  /** What reading the résumé for this job set aside (sentences echoing its requirements). */
  warnings: ScoringWarning[];
}

/**
 * A required skill the taxonomy knows. Only these count as missing: a requirement it does not know (a
 * phrase of the posting, lib/extraction/requirement-phrases.ts) is looked for by the employer's words, so
 * not finding them says less than not finding a named skill — it is credited when evidenced, and only
 * lowers the share of requirements met when not.
 */
const isKnownSkill = (skill: string) => canonicalSkill(skill).known;

// How many of the occupation's typical skills are looked for: its most characteristic ones.
const OCCUPATION_SKILLS_CHECKED = 15;

/** Semantic similarity, only between vectors of the same model and size (otherwise unknown). */
export function semanticSimilarity(a: Embedding | null, b: Embedding | null): number | null {
  if (!a || !b || a.model !== b.model || a.vector.length !== b.vector.length) return null;
  return cosineSimilarity(a.vector, b.vector);
}

/**
 * The closest pair of the job's and the candidate's occupations, each weighed by how surely the titles
 * name them; null when either side names none (unknown, not a mismatch).
 */
export function occupationMatch(job: readonly OccupationFit[], candidate: readonly OccupationFit[]): number | null {
  if (job.length === 0 || candidate.length === 0) return null;
  let best = 0;
  for (const wanted of job) {
    for (const held of candidate) {
      const similarity = occupationSimilarity(wanted.code, held.code) * Math.sqrt(wanted.confidence * held.confidence);
      best = Math.max(best, similarity);
    }
  }
  return best;
}

/** The share of the skills the résumé evidences: states outside its skill lists (lib/skills evidence). */
function evidencedShare(candidate: PreparedCandidate, skills: readonly string[]): number | null {
  const { statements } = candidate;
  if (!statements || skills.length === 0) return null;
  return skills.filter((skill) => evidencesRequirement(statements, skill)).length / skills.length;
}

/** The profile facts the fact signals read (not the résumé's words, skills or vector). */
export type CandidateFacts = Pick<
  PreparedCandidate,
  | "seniority"
  | "experienceRange"
  | "educationLevel"
  | "fieldOfStudy"
  | "hasDegree"
  | "technicalSkills"
  | "softSkills"
  | "tools"
  | "completeness"
  | "hasEmail"
  | "hasPhone"
  | "hasLinkedin"
  | "hasAddress"
  | "isLocal"
>;

/** What of the job the fact signals compare the facts with. */
export type FactsJob = Pick<PreparedJob, "targetSeniority" | "minimumYears" | "jobZone" | "department">;

/**
 * The signals a candidate's profile facts decide against the job, in feature-vector order; each reads one
 * fact, so retrieval can weigh each fact on its own (fact-estimate.ts).
 */
export function factFeatures(candidate: CandidateFacts, job: FactsJob) {
  const seniority = seniorityFit(candidate.seniority, job.targetSeniority, job.minimumYears);
  const experience = experienceFit(
    candidate.experienceRange,
    expectedYears(job.targetSeniority, job.jobZone, job.minimumYears),
  );
  return {
    seniority_shortfall: seniority.shortfall,
    seniority_excess: seniority.excess,
    experience_shortfall: experience.shortfall,
    experience_excess: experience.excess,
    education_shortfall: educationShortfall(candidate.educationLevel, job.jobZone),
    experience_years: experienceYears(candidate.experienceRange),
    seniority_level: seniorityIndex(candidate.seniority),
    education_level: educationIndex(candidate.educationLevel),
    has_degree: flag(candidate.hasDegree),
    field_of_study: fieldCategory(candidate.fieldOfStudy),
    field_relevance: fieldRelevance(candidate.fieldOfStudy, job.department),
    technical_skill_count: candidate.technicalSkills.length,
    soft_skill_count: candidate.softSkills.length,
    tool_count: candidate.tools.length,
    completeness: candidate.completeness,
    has_email: flag(candidate.hasEmail),
    has_phone: flag(candidate.hasPhone),
    has_linkedin: flag(candidate.hasLinkedin),
    has_address: flag(candidate.hasAddress),
    is_local: flag(candidate.isLocal),
  };
}

/** Computes every signal of the catalog for one candidate against one job. Pure. */
export function computeFeatures(stated: PreparedCandidate, job: PreparedJob, corpus: LexicalCorpus): FeatureResult {
  const listed = new Set([...stated.technicalSkills, ...stated.tools, ...stated.softSkills]);
  const tech = matchSkills(job.requiredTechSkills, listed, stated.statements);
  const soft = matchSkills(job.requiredSoftSkills, listed, stated.statements);
  // What a sentence echoing the requirements names is stated (above), not shown (below).
  const occupationSkills = job.occupationSkills.slice(0, OCCUPATION_SKILLS_CHECKED);
  const { candidate, echoes } = withoutRequirementEchoes(stated, job, [...job.requiredTechSkills, ...occupationSkills]);
  // In catalog order. Object.assign, not a spread in the literal: that cost a third of this function.
  const features: FeatureVector = Object.assign(
    {
      semantic_similarity: semanticSimilarity(candidate.embedding, job.embedding),
      lexical_relevance: lexicalRelevance(job.query, candidate.terms, corpus),
      occupation_similarity: occupationMatch(job.occupations, candidate.occupations),
      tech_skill_coverage: coverage(job.requiredTechSkills.length, tech.matched.length),
      soft_skill_coverage: coverage(job.requiredSoftSkills.length, soft.matched.length),
      missing_required_skills: job.requiredTechSkills.length === 0 ? null : tech.missing.filter(isKnownSkill).length,
      required_skills_evidenced: evidencedShare(candidate, job.requiredTechSkills),
      occupation_skills_evidenced: evidencedShare(candidate, occupationSkills),
    },
    factFeatures(candidate, job),
    {
      days_since_opening: job.daysSinceOpening,
      department: categoryOf(job.department),
      recruiter: categoryOf(job.recruiterId),
      target_seniority: job.targetSeniority ?? "unknown",
      required_tech_count: job.requiredTechSkills.length,
      required_soft_count: job.requiredSoftSkills.length,
      job_zone: job.jobZone,
    },
  );
  return {
    features,
    matchedSkills: [...tech.matched, ...soft.matched],
    missingSkills: [...tech.missing, ...soft.missing],
    minimumYears: job.minimumYears,
    warnings: requirementEchoWarnings(echoes),
  };
}
