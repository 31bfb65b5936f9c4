import { skillLabel } from "@/lib/skills";

// The acceptance check: of the required skills the scorer reports "missing", how many does the
// résumé state word for word — the skill's label (as the recruiter reads it), case-insensitive, as whole
// words, in the résumé as submitted (a keyword list screening sets aside is still text the recruiter sees).

export interface MissingTally {
  reported: number;
  stated: number;
  /** A few of the stated ones: query, document, skill label. */
  examples: { queryId: string; documentId: string; skill: string }[];
}

const MAX_EXAMPLES = 8;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function statesVerbatim(text: string, phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).map(escape).join("\\s+");
  if (!words) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

export function emptyTally(): MissingTally {
  return { reported: 0, stated: 0, examples: [] };
}

export function tallyMissing(
  tally: MissingTally,
  pair: { queryId: string; documentId: string; resume: string; missing: readonly string[] },
): void {
  for (const id of pair.missing) {
    tally.reported++;
    const label = skillLabel(id);
    if (!statesVerbatim(pair.resume, label)) continue;
    tally.stated++;
    if (tally.examples.length < MAX_EXAMPLES) {
      tally.examples.push({ queryId: pair.queryId, documentId: pair.documentId, skill: label });
    }
  }
}
