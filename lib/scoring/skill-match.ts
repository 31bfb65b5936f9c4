import { cosineSimilarity, embedText } from "@/lib/embeddings";
import { skillInfo, statesRequirement, type ResumeStatements } from "@/lib/skills";

// A required skill is met when the candidate lists it (by canonical id), or the résumé states it in any
// form (lib/skills evidence: "purchase" in "processed purchase orders"). A required skill the taxonomy
// does not know may also match a listed skill the taxonomy does not know by spelling ("postgres 16 admin"
// ~ "postgres admin"); a known skill never matches by spelling, and nothing matches a known required skill
// but that skill itself (200 made-up list entries cannot add up to "kubernetes").
const FUZZY_THRESHOLD = 0.8;
const FUZZY_DIMENSIONS = 256;
const skillVectors = new Map<string, number[]>();

function skillVector(id: string): number[] {
  let vector = skillVectors.get(id);
  if (!vector) {
    vector = embedText(id.replace(/_/g, " "), FUZZY_DIMENSIONS);
    if (skillVectors.size > 10_000) skillVectors.clear();
    skillVectors.set(id, vector);
  }
  return vector;
}

function spelledAlike(required: string, listed: ReadonlySet<string>): boolean {
  if (skillInfo(required) !== undefined) return false;
  for (const have of listed) {
    if (skillInfo(have) !== undefined) continue;
    if (cosineSimilarity(skillVector(required), skillVector(have)) >= FUZZY_THRESHOLD) return true;
  }
  return false;
}

export interface SkillMatch {
  matched: string[];
  missing: string[];
}

/** Splits required skills into those the candidate has and those missing, both in required order. */
export function matchSkills(
  required: readonly string[],
  listed: ReadonlySet<string>,
  statements: ResumeStatements | null,
): SkillMatch {
  const matched: string[] = [];
  const missing: string[] = [];
  for (const skill of required) {
    const met =
      listed.has(skill) || (statements !== null && statesRequirement(statements, skill)) || spelledAlike(skill, listed);
    (met ? matched : missing).push(skill);
  }
  return { matched, missing };
}
