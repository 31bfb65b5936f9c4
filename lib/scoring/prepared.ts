import type { EducationLevel, ExperienceRange, SeniorityLevel } from "@/lib/vocabulary/levels";

/** A vector with the model that made it: vectors of different models are never compared. */
export interface Embedding {
  vector: number[];
  model: string;
}

/** A candidate reduced to what the signals read. Built from a payload or from a stored candidate. */
export interface PreparedCandidate {
  /** Canonical skill ids, sorted and deduplicated. */
  technicalSkills: readonly string[];
  softSkills: readonly string[];
  tools: readonly string[];
  /** Known skills the résumé text mentions; null without résumé text. */
  mentionedSkills: ReadonlySet<string> | null;
  /** Whether a (lowercase) word occurs in the résumé; null without résumé text. */
  resumeHasWord: ((word: string) => boolean) | null;
  seniority: SeniorityLevel | null;
  experienceRange: ExperienceRange | null;
  educationLevel: EducationLevel | null;
  fieldOfStudy: string | null;
  hasDegree: boolean | null;
  hasEmail: boolean | null;
  hasPhone: boolean | null;
  hasLinkedin: boolean | null;
  hasAddress: boolean | null;
  completeness: number | null;
  isLocal: boolean | null;
  embedding: Embedding | null;
}

export interface PreparedJob {
  title: string;
  titleTokens: readonly string[];
  department: string;
  recruiterId: string | null;
  daysSinceOpening: number | null;
  requiredTechSkills: readonly string[];
  requiredSoftSkills: readonly string[];
  targetSeniority: SeniorityLevel | null;
  embedding: Embedding | null;
}
