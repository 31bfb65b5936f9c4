import type { ResumeStatements } from "@/lib/skills";
import type { TextWarning } from "@/lib/text/screen";
import type { EducationLevel, ExperienceRange, SeniorityLevel } from "@/lib/vocabulary/levels";
import type { ResumeTerms } from "./signals/lexical";

/** A vector with the model that made it: vectors of different models are never compared. */
export interface Embedding {
  vector: number[];
  model: string;
}

/** An O*NET occupation a title names, and how surely. */
export interface OccupationFit {
  code: string;
  confidence: number;
}

/** A candidate reduced to what the signals read. Built from a payload or from a stored candidate. */
export interface PreparedCandidate {
  /** Canonical skill ids, sorted and deduplicated. */
  technicalSkills: readonly string[];
  softSkills: readonly string[];
  tools: readonly string[];
  /** What the (screened) résumé text states; null without résumé text. */
  statements: ResumeStatements | null;
  /** The résumé's content terms for lexical relevance; null without résumé text. */
  terms: ResumeTerms | null;
  /** Occupations of the roles the résumé names, most recent first. */
  occupations: readonly OccupationFit[];
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
  /** Occupations the job title names, best first. */
  occupations: readonly OccupationFit[];
  /** O*NET job zone (1–5) of the best occupation: the preparation it needs. */
  jobZone: number | null;
  /** Skills typical of the best occupation (O*NET tasks and technologies). */
  occupationSkills: readonly string[];
  department: string;
  recruiterId: string | null;
  daysSinceOpening: number | null;
  requiredTechSkills: readonly string[];
  requiredSoftSkills: readonly string[];
  /** The level asked for: stated, or read from the title ("Senior …"). */
  targetSeniority: SeniorityLevel | null;
  /**
   * The least years of experience the posting asks for ("2+ years", "at least 3 years"): a floor, so
   * falling short of it counts and going beyond it does not (signals/seniority.ts).
   */
  minimumYears: number | null;
  /** Stems of the job's title, requirements and description with their query weights (lexical relevance). */
  query: ReadonlyMap<string, number>;
  embedding: Embedding | null;
}

/** What was removed from the inputs before scoring, and why: shown to the recruiter with the score. */
export type ScoringWarning =
  | TextWarning
  | { code: "long_skill_list"; message: string }
  | { code: "unshown_headline"; message: string; excerpt: string }
  | { code: "copied_from_posting"; message: string; excerpt: string }
  | { code: "requirements_claimed"; message: string };
