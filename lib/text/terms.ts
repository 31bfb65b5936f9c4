import { boundedMemo } from "@/lib/util/bounded-memo";
import { stem } from "./stem";
import { STOPWORDS } from "./stopwords";
import { foldText, scanTokens } from "./tokens";

// Content terms of a text: lowercase tokens minus function words, stemmed, each tagged with the segment
// (line or sentence) it stands in. Search (BM25) counts them; evidence looks for a phrase's terms close
// together in one segment.

export interface TextTerms {
  /** Stems of the content words, in reading order. */
  stems: string[];
  /** The segment (line or sentence) of each stem, numbered from 0 in reading order. */
  segments: number[];
  /** The phrase of each stem: segments cut further at commas, colons, brackets and the like. */
  phrases: number[];
  /** The line (from 0) each segment starts on: a segment never spans lines. */
  segmentLines: number[];
}

const SEGMENT_BREAK = /[\n\r.;!?•|·▪●]/;
const PHRASE_BREAK = /[,:()[\]{}"“”]/;

// What a character between two tokens ends, looked up by code rather than by matching the gap's text.
const NO_BREAK = 0;
const ENDS_PHRASE = 1;
const ENDS_SEGMENT = 2;
const breakOfCode = new Map<number, number>();

function breakOf(code: number): number {
  let kind = breakOfCode.get(code);
  if (kind === undefined) {
    const char = String.fromCharCode(code);
    kind = SEGMENT_BREAK.test(char) ? ENDS_SEGMENT : PHRASE_BREAK.test(char) ? ENDS_PHRASE : NO_BREAK;
    breakOfCode.set(code, kind);
  }
  return kind;
}

// Tokens recur across texts ("managed", "Python"): a token's term is kept as written, bounded like the
// stemmer's cache, which spares lowercasing it and looking it up twice.
const TERM_CACHE_LIMIT = 50_000;

/** The search term of one token: lowercase and stemmed; null for a function word. */
export const termOf = boundedMemo(TERM_CACHE_LIMIT, (token: string): string | null => {
  const lower = token.toLowerCase();
  if (STOPWORDS.has(lower)) return null;
  return stem(lower);
});

export function textTerms(text: string): TextTerms {
  const folded = foldText(text);
  const stems: string[] = [];
  const segments: number[] = [];
  const phrases: number[] = [];
  const segmentLines = [0];
  let segment = 0;
  let phrase = 0;
  let line = 0;
  let nextNewline = folded.indexOf("\n");
  let previousEnd = 0;
  scanTokens(folded, (start, end) => {
    let gap = NO_BREAK;
    for (let position = previousEnd; position < start && gap !== ENDS_SEGMENT; position++) {
      gap = Math.max(gap, breakOf(folded.charCodeAt(position)));
    }
    if (gap === ENDS_SEGMENT) {
      // Lines are counted only where a segment starts: a line break always ends one.
      while (nextNewline !== -1 && nextNewline < start) {
        line++;
        nextNewline = folded.indexOf("\n", nextNewline + 1);
      }
      segmentLines[++segment] = line;
    }
    if (gap !== NO_BREAK) phrase++;
    previousEnd = end;
    const term = termOf(folded.slice(start, end));
    if (term === null) return;
    stems.push(term);
    segments.push(segment);
    phrases.push(phrase);
  });
  return { stems, segments, phrases, segmentLines };
}

/** Stems of a short text (a skill name, a title), in order. */
export function termsOf(text: string): string[] {
  return textTerms(text).stems;
}

/** How often each stem occurs, at most `cap` times each: repeating a word beyond that adds nothing. */
export function countTerms(stems: readonly string[], cap = Number.POSITIVE_INFINITY): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of stems) counts.set(term, Math.min(cap, (counts.get(term) ?? 0) + 1));
  return counts;
}
