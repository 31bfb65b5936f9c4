import { words } from "@/lib/util/words";

// Text signals: how the résumé reads against the job title.

// Words that say nothing about the role itself.
const TITLE_STOPWORDS = new Set([
  "a",
  "an",
  "and",
  "the",
  "of",
  "for",
  "to",
  "in",
  "at",
  "with",
  "or",
  "i",
  "ii",
  "iii",
  "iv",
  "junior",
  "senior",
  "sr",
  "jr",
  "lead",
  "principal",
  "staff",
  "head",
  "mid",
  "level",
  "remote",
]);

export function titleTokens(title: string): string[] {
  return [...new Set(words(title).filter((word) => !TITLE_STOPWORDS.has(word)))].sort();
}

/** Share of the title's meaningful words that appear in the résumé; null without résumé text. */
export function titleOverlap(
  tokens: readonly string[],
  resumeHasWord: ((word: string) => boolean) | null,
): number | null {
  if (!resumeHasWord || tokens.length === 0) return null;
  return tokens.filter((token) => resumeHasWord(token)).length / tokens.length;
}
