import { embedText } from "@/lib/embeddings";
import { cosineSimilarity } from "@/lib/embeddings";
import { skillInfo } from "@/lib/skills/normalize";

// Required skills are matched by canonical id first. A skill the taxonomy does not know ("postgres 16
// admin") gets a second chance by text similarity, so spelling variants still match; two known skills
// never match by similarity ("java" is not "javascript").

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

function similarEnough(required: string, have: string): boolean {
  return cosineSimilarity(skillVector(required), skillVector(have)) >= FUZZY_THRESHOLD;
}

export interface SkillMatch {
  matched: string[];
  missing: string[];
}

/** Splits required skills into those the candidate has and those missing, both in required order. */
export function matchSkills(required: readonly string[], candidateSkills: ReadonlySet<string>): SkillMatch {
  const matched: string[] = [];
  const missing: string[] = [];
  for (const skill of required) {
    let found = candidateSkills.has(skill);
    if (!found) {
      const requiredKnown = skillInfo(skill) !== undefined;
      for (const have of candidateSkills) {
        if (requiredKnown && skillInfo(have) !== undefined) continue;
        if ((found = similarEnough(skill, have))) break;
      }
    }
    (found ? matched : missing).push(skill);
  }
  return { matched, missing };
}
