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
  /** The numbers of the lines of the text (split at "\n") that repeat the source, ascending. */
  numbers: number[];
  /** Those lines, trimmed. */
  lines: string[];
  /** How many different lines of the source they repeat. */
  sourceLines: number;
}

interface SourceRuns {
  /** Each run of words of the source with the source line it stands in (the first, when several). */
  lineOf: ReadonlyMap<string, number>;
  /** The distinct words of those runs, and each run as their indexes: what a text must hold to repeat it. */
  words: readonly string[];
  runs: readonly { line: number; words: readonly number[] }[];
}

// A job's posting is compared with every résumé scored for it: its runs of words are kept, a bounded number.
const SOURCES_KEPT = 256;

const runsOf = boundedMemo(SOURCES_KEPT, (source: string): SourceRuns => {
  const lineOf = new Map<string, number>();
  const wordIndex = new Map<string, number>();
  const runs: SourceRuns["runs"][number][] = [];
  source.split("\n").forEach((line, number) => {
    for (const shingle of shinglesOf(contentWords(line))) {
      if (lineOf.has(shingle)) continue;
      lineOf.set(shingle, number);
      const indexes = shingle.split(" ").map((word) => {
        if (!wordIndex.has(word)) wordIndex.set(word, wordIndex.size);
        return wordIndex.get(word)!;
      });
      runs.push({ line: number, words: indexes });
    }
  });
  return { lineOf, words: [...wordIndex.keys()], runs };
});

/** The lines of `text` that repeat `source` word for word, and how many of the source's lines they repeat. */
export function linesRepeating(text: string, source: string): RepeatedLines {
  const { lineOf } = runsOf(source);
  const repeated: RepeatedLines = { numbers: [], lines: [], sourceLines: 0 };
  if (lineOf.size === 0) return repeated;
  const sources = new Set<number>();
  text.split("\n").forEach((line, number) => {
    const shingles = shinglesOf(contentWords(line));
    const found = shingles.filter((shingle) => lineOf.has(shingle));
    if (shingles.length === 0 || found.length * 2 <= shingles.length) return;
    repeated.numbers.push(number);
    repeated.lines.push(line.trim());
    for (const shingle of found) sources.add(lineOf.get(shingle)!);
  });
  repeated.sourceLines = sources.size;
  return repeated;
}

/**
 * Whether a text holding these words could repeat `sourceLines` of the source's lines or more: each such
 * line has a run whose every word the text holds. Never false when linesRepeating would find that many,
 * so a saved profile's words (without its text) tell which few texts are worth reading.
 */
export function mayRepeat(hasWord: (word: string) => boolean, source: string, sourceLines: number): boolean {
  const { words: sourceWords, runs } = runsOf(source);
  const held = sourceWords.map((word) => hasWord(word));
  const lines = new Set<number>();
  for (const run of runs) {
    if (lines.has(run.line) || !run.words.every((index) => held[index])) continue;
    lines.add(run.line);
    if (lines.size >= sourceLines) return true;
  }
  return false;
}
