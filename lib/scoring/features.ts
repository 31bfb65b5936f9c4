import { cosineSimilarity } from "@/lib/embeddings";
import type { PreparedCandidate, PreparedJob } from "./prepared";
import type { FeatureVector } from "@/lib/vocabulary/signals";
import { educationIndex, fieldCategory, fieldRelevance, flag } from "./signals/candidate";
import { categoryOf } from "./signals/job";
import { experienceFit, experienceYears, seniorityGap, seniorityIndex } from "./signals/seniority";
import { coverage, evidencedShare, skillJaccard } from "./signals/skills";
import { titleOverlap } from "./signals/text";
import { matchSkills } from "./skill-match";

export interface FeatureResult {
  features: FeatureVector;
  matchedSkills: string[];
  missingSkills: string[];
}

/** Semantic similarity, only between vectors of the same model (otherwise unknown). */
function semanticSimilarity(candidate: PreparedCandidate, job: PreparedJob): number | null {
  const a = candidate.embedding;
  const b = job.embedding;
  if (!a || !b || a.model !== b.model || a.vector.length !== b.vector.length) return null;
  return cosineSimilarity(a.vector, b.vector);
}

/** Computes every signal of the catalog for one candidate against one job. Pure. */
export function computeFeatures(candidate: PreparedCandidate, job: PreparedJob): FeatureResult {
  const allSkills = new Set([...candidate.technicalSkills, ...candidate.tools, ...candidate.softSkills]);
  const tech = matchSkills(job.requiredTechSkills, allSkills);
  const soft = matchSkills(job.requiredSoftSkills, allSkills);
  const requiredCount = job.requiredTechSkills.length + job.requiredSoftSkills.length;
  const matchedCount = tech.matched.length + soft.matched.length;
  const gap = seniorityGap(candidate.seniority, job.targetSeniority);

  const features: FeatureVector = {
    semantic_similarity: semanticSimilarity(candidate, job),
    tech_skill_coverage: coverage(job.requiredTechSkills.length, tech.matched.length),
    soft_skill_coverage: coverage(job.requiredSoftSkills.length, soft.matched.length),
    skill_jaccard: skillJaccard(allSkills.size, requiredCount, matchedCount),
    missing_required_skills: tech.missing.length,
    required_skills_evidenced: evidencedShare(job.requiredTechSkills, candidate.mentionedSkills),
    seniority_gap: gap,
    seniority_gap_abs: gap === null ? null : Math.abs(gap),
    experience_fit: experienceFit(candidate.experienceRange, job.targetSeniority),
    title_overlap: titleOverlap(job.titleTokens, candidate.resumeHasWord),
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
    days_since_opening: job.daysSinceOpening,
    department: categoryOf(job.department),
    recruiter: categoryOf(job.recruiterId),
    target_seniority: job.targetSeniority ?? "unknown",
    required_tech_count: job.requiredTechSkills.length,
    required_soft_count: job.requiredSoftSkills.length,
  };
  return {
    features,
    matchedSkills: [...tech.matched, ...soft.matched],
    missingSkills: [...tech.missing, ...soft.missing],
  };
}
