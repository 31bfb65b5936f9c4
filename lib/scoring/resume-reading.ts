import { createHash } from "node:crypto";
import { boundedMemo } from "@/lib/util/bounded-memo";
import { roleOccupations } from "@/lib/extraction";
import { screenResume, statedSkillIds, evidenceText } from "@/lib/skills";
import { textTerms } from "@/lib/text/terms";
import { encodeWordHashes, wordHashes, words } from "@/lib/util/words";
import type { PreparedCandidate, ScoringWarning } from "./prepared";
import { resumeTerms } from "./signals/lexical";
import { encodeStemSegments } from "./stem-segments";

// How scoring reads a résumé's text, once, the same for a payload and for a saved profile: screened
// (hidden, repeated, injected text and keyword lists set aside), then what it states, its terms and the
// occupations of its roles. A saved profile keeps the result in columns; READING_VERSION names these
// rules (and the taxonomy and occupation data they use), and saved profiles of an older version are read
// again at start, so a candidate scores the same before and after saving.

export const READING_VERSION = 5;

// A candidate is often scored against many jobs (a batch, a sync, an ATS sending each application): their
// résumé is screened and read once. Both are immutable; the memos are keyed by a digest of the text and bounded.
const READING_CACHE_LIMIT = 2_000;
const textKey = (text: string) => createHash("sha1").update(text).digest("base64");
const screenOnce = boundedMemo(READING_CACHE_LIMIT, screenResume, textKey);

/** The résumé's text as every signal reads it: screened, so hidden, repeated or injected text counts for nothing. */
export function readableResume(text: string | undefined | null): { text: string | null; warnings: ScoringWarning[] } {
  if (!text?.trim()) return { text: null, warnings: [] };
  const screened = screenOnce(text);
  // A fresh list: callers add warnings of their own to it.
  return { text: screened.text.trim() ? screened.text : null, warnings: [...screened.warnings] };
}

type Reading = Pick<PreparedCandidate, "statements" | "terms" | "occupations">;

const readOnce = boundedMemo(READING_CACHE_LIMIT, readText, textKey);

/** What the (screened) résumé text gives every signal. */
export function resumeReading(text: string | null): Reading {
  return text ? readOnce(text) : { statements: null, terms: null, occupations: [] };
}

function readText(text: string): Reading {
  const terms = textTerms(text);
  const evidence = evidenceText(text, terms);
  // Words as a saved profile keeps them (lib/util/words: "purchasing/procurement" is two words).
  const plainWords = new Set(words(text));
  return {
    statements: {
      stated: new Set(statedSkillIds(evidence)),
      stems: evidence.stems,
      segmentsOf: (term) => evidence.segmentsOf.get(term),
      hasWord: (word) => plainWords.has(word),
    },
    terms: resumeTerms(terms.stems),
    occupations: roleOccupations(text).map(({ code, confidence }) => ({ code, confidence })),
  };
}

/** The columns a saved profile keeps of its (screened) résumé text: what resumeReading gives, stored. */
export function readingColumns(text: string | null) {
  const reading = resumeReading(text);
  const counts = reading.terms ? [...reading.terms.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : [];
  return {
    mentionedSkills: reading.statements ? [...reading.statements.stated] : [],
    resumeWords: text ? encodeWordHashes(wordHashes(text)) : null,
    resumeStems: counts.map(([term]) => term),
    resumeStemSegments: reading.statements
      ? encodeStemSegments(
          counts.map(([term]) => term),
          reading.statements.segmentsOf,
        )
      : null,
    resumeStemCounts: counts.map(([, count]) => count),
    resumeLength: reading.terms?.length ?? 0,
    occupationCodes: reading.occupations.map((fit) => fit.code),
    occupationConfidence: reading.occupations.map((fit) => fit.confidence),
    readingVersion: READING_VERSION,
  };
}
