import { words } from "@/lib/util/words";
import { STOPWORDS } from "./stopwords";

// The lines of a text that repeat another text word for word: a résumé that pastes a job posting's duties
// as its own. A line counts when most of its runs of SHINGLE content words stand in the other text in that
// order (function words aside, so "negotiating the prices" repeats "negotiating prices"); lines shorter
// than a run are too short to tell a copy from a common phrase.

const SHINGLE = 4;
const contentWords = (line: string) => words(line).filter((word) => !STOPWORDS.has(word));

const shinglesOf = (lineWords: readonly string[]) =>
  lineWords
    .slice(0, lineWords.length - SHINGLE + 1)
    .map((_, start) => lineWords.slice(start, start + SHINGLE).join(" "));

/** The lines of `text` (trimmed, in order) that repeat `source` word for word. */
export function linesRepeating(text: string, source: string): string[] {
  const known = new Set<string>();
  for (const line of source.split("\n")) for (const shingle of shinglesOf(contentWords(line))) known.add(shingle);
  if (known.size === 0) return [];
  return text
    .split("\n")
    .filter((line) => {
      const shingles = shinglesOf(contentWords(line));
      return shingles.length > 0 && shingles.filter((shingle) => known.has(shingle)).length * 2 > shingles.length;
    })
    .map((line) => line.trim());
}
