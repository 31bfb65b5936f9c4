import { boundedMemo } from "@/lib/util/bounded-memo";
import { words } from "@/lib/util/words";
import { STOPWORDS } from "./stopwords";

// The lines of a text that repeat another text word for word: a résumé that pastes a job posting's duties
// as its own. A line counts when most of its runs of SHINGLE content words stand in the other text in that
// order (function words aside, so "negotiating the prices" repeats "negotiating prices"); lines shorter
// than a run are too short to tell a copy from a common phrase.

const SHINGLE = 4;
const contentWords = (line: string) => words(line).filter((word) => !STOPWORDS.has(word));

function shinglesOf(lineWords: readonly string[]): string[] {
  const shingles: string[] = [];
  for (let start = 0; start + SHINGLE <= lineWords.length; start++)
    shingles.push(lineWords.slice(start, start + SHINGLE).join(" "));
  return shingles;
}

export interface RepeatedLines {
  /** The lines of the text (trimmed, in order) that repeat the source. */
  lines: string[];
  /** How many different lines of the source they repeat. */
  sourceLines: number;
}

// A job's posting is compared with every résumé scored for it: its runs of words are kept, a bounded number.
const SOURCES_KEPT = 256;

/** Each run of words of the source with the source line it stands in (the first, when several). */
const runsOf = boundedMemo(SOURCES_KEPT, (source: string): ReadonlyMap<string, number> => {
  const known = new Map<string, number>();
  source.split("\n").forEach((line, number) => {
    for (const shingle of shinglesOf(contentWords(line))) if (!known.has(shingle)) known.set(shingle, number);
  });
  return known;
});

/** The lines of `text` that repeat `source` word for word, and how many of the source's lines they repeat. */
export function linesRepeating(text: string, source: string): RepeatedLines {
  const known = runsOf(source);
  const repeated: RepeatedLines = { lines: [], sourceLines: 0 };
  if (known.size === 0) return repeated;
  const sources = new Set<number>();
  for (const line of text.split("\n")) {
    const shingles = shinglesOf(contentWords(line));
    const found = shingles.filter((shingle) => known.has(shingle));
    if (shingles.length === 0 || found.length * 2 <= shingles.length) continue;
    repeated.lines.push(line.trim());
    for (const shingle of found) sources.add(known.get(shingle)!);
  }
  repeated.sourceLines = sources.size;
  return repeated;
}
