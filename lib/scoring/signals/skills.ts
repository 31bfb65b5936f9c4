// Skill signals. Inputs are canonical skill ids (see lib/skills); matching of unknown skills by
// text similarity happens before these run (lib/scoring/skill-match.ts), so these are plain set maths.

/** Share of required skills the candidate has; null when nothing is required (no evidence either way). */
export function coverage(requiredCount: number, matchedCount: number): number | null {
  return requiredCount === 0 ? null : matchedCount / requiredCount;
}

/**
 * Jaccard overlap of all the candidate's skills with all required skills, counting a fuzzy match as
 * shared. Adding a required skill to the candidate always raises it; unrelated extra skills lower it a little.
 */
export function skillJaccard(candidateCount: number, requiredCount: number, matchedCount: number): number | null {
  const union = candidateCount + requiredCount - matchedCount;
  return union === 0 ? null : matchedCount / union;
}

/** Share of required skills the résumé text itself mentions. A set: repeating a skill does not count twice. */
export function evidencedShare(
  required: readonly string[],
  mentionedInResume: ReadonlySet<string> | null,
): number | null {
  if (!mentionedInResume || required.length === 0) return null;
  return required.filter((skill) => mentionedInResume.has(skill)).length / required.length;
}
