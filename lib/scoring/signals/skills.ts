// Skill signals. Which required skills a candidate meets is decided before this runs
// (lib/scoring/skill-match.ts: listed, stated in the résumé, or spelled alike); this is the arithmetic.

/** Share of required skills the candidate has; null when nothing is required (no evidence either way). */
export function coverage(requiredCount: number, matchedCount: number): number | null {
  return requiredCount === 0 ? null : matchedCount / requiredCount;
}
