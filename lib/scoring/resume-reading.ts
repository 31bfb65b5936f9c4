import { hash } from "node:crypto";
import { boundedMemo } from "@/lib/util/bounded-memo";
import { roleOccupations } from "@/lib/extraction";
import { evidenceText, headlineClaims, screenResume, statementsOfEvidence } from "@/lib/skills";
import { textTerms, type TextTerms } from "@/lib/text/terms";
import { encodeWordHashes, wordHashes, words } from "@/lib/util/words";
import type { PreparedCandidate, ScoringWarning } from "./prepared";
import { resumeTerms } from "./signals/lexical";
import { encodeStemSegments } from "./stem-segments";

// How scoring reads a résumé's text, once, the same for a payload and for a saved profile: screened
// (hidden, repeated, injected text and keyword lists set aside), then what it states, its terms and the
// occupations of its roles. A saved profile keeps the result in columns; READING_VERSION names these
// rules (and the taxonomy and occupation data they use), and saved profiles of an older version are read
// again at start, so a candidate scores the same before and after saving.

export const READING_VERSION = 15;

// A candidate is often scored against many jobs (a batch, a sync, an ATS sending each application): their
// résumé is screened and read once. Both are immutable; the memos are keyed by a digest of the text and bounded.
const READING_CACHE_LIMIT = 2_000;
const textKey = (text: string) => hash("sha1", text, "base64"); // one call, no Hash stream object
const screenOnce = boundedMemo(READING_CACHE_LIMIT, screenedText, textKey);

/**
 * `remember: false` when the text is read here once and never again (a sync reads each résumé once, on a
 * worker thread): the memos would only hold its reading until evicted, which costs the collector dearly.
 */
interface ReadOptions {
  remember?: boolean;
}

/** The résumé's text as every signal reads it: screened, so hidden, repeated or injected text counts for nothing. */
export function readableResume(
  text: string | undefined | null,
  { remember = true }: ReadOptions = {},
): { text: string | null; warnings: ScoringWarning[] } {
  if (!text?.trim()) return { text: null, warnings: [] };
  const screened = remember ? screenOnce(text) : screenedText(text);
  // A fresh list: callers add warnings of their own to it.
  return { text: screened.text, warnings: [...screened.warnings] };
}

/** The screened text (null when nothing is left) and what screening and the headline warn of: kept per text. */
function screenedText(text: string): { text: string | null; warnings: readonly ScoringWarning[] } {
  const screened = screenResume(text);
  const readable = screened.text.trim() ? screened.text : null;
  return { text: readable, warnings: [...screened.warnings, ...headlineWarnings(readable)] };
}

/** A headline title no dated role shows counts as a claim (lib/skills/headline-claims.ts): the recruiter is told. */
function headlineWarnings(text: string | null): ScoringWarning[] {
  if (!text) return [];
  const lines = text.split("\n");
  return headlineClaims(text).map((number) => ({
    code: "unshown_headline",
    message: "The headline names a job that no dated role shows: it counts as a claim, not as experience.",
    excerpt: lines[number]!.trim(),
  }));
}

type Reading = Pick<PreparedCandidate, "statements" | "terms" | "occupations">;

const readOnce = boundedMemo(READING_CACHE_LIMIT, readText, textKey);

/** What the (screened) résumé text gives every signal. */
export function resumeReading(text: string | null, { remember = true }: ReadOptions = {}): Reading {
  if (!text) return { statements: null, terms: null, occupations: [] };
  return remember ? readOnce(text) : readText(text);
}

function readText(text: string): Reading {
  const terms = textTerms(text);
  const evidence = evidenceText(text, terms);
  // Words as a saved profile keeps them (lib/util/words: "purchasing/procurement" is two words); listed
  // when scoring first asks, since a reading that is only stored never does.
  let plainWords: ReadonlySet<string> | undefined;
  return {
    statements: {
      ...statementsOfEvidence(evidence),
      hasWord: (word) => (plainWords ??= new Set(words(text))).has(word),
    },
    terms: resumeTerms(outsideLists(terms, evidence.lists?.lines)),
    occupations: roleOccupations(text).map(({ code, confidence }) => ({ code, confidence })),
  };
}

/** The segments of the stems that lie in skill lists, ascending: what inSkillList answers, stored. */
function skillListSegmentsOf(statements: NonNullable<Reading["statements"]>, stems: readonly string[]): number[] {
  const listed = new Set<number>();
  for (const term of stems) {
    for (const segment of statements.segmentsOf(term) ?? []) if (statements.inSkillList(segment)) listed.add(segment);
  }
  return [...listed].sort((a, b) => a - b);
}

/**
 * The stems outside the résumé's skill lists: relevance is read from what the résumé says of the work, so
 * a list of the job's words buys none of it (what a list names counts as claimed skills instead).
 */
function outsideLists(terms: TextTerms, listLines: ReadonlySet<number> | undefined): readonly string[] {
  if (!listLines) return terms.stems;
  return terms.stems.filter((_, position) => !listLines.has(terms.segmentLines[terms.segments[position]!]!));
}

/** The columns a saved profile keeps of its (screened) résumé text: what resumeReading gives, stored. */
export function readingColumns(text: string | null, options: ReadOptions = {}) {
  const reading = resumeReading(text, options);
  const statements = reading.statements;
  // Every stem, with its count outside the skill lists (0 for a stem only they hold): the segments of all
  // of them say what the résumé states. Sorted by code unit, as `<` compares them: the default sort.
  const stems = statements ? [...statements.stems].sort() : [];
  return {
    mentionedSkills: statements ? [...statements.stated] : [],
    // Most résumés evidence what they list: the few skills a list alone names, not the many evidenced.
    listedOnlySkills: statements ? [...statements.stated].filter((id) => !statements.evidenced.has(id)) : [],
    skillListSegments: statements ? skillListSegmentsOf(statements, stems) : [],
    resumeWords: text ? encodeWordHashes(wordHashes(text)) : null,
    resumeStems: stems,
    resumeStemSegments: reading.statements ? encodeStemSegments(stems, reading.statements.segmentsOf) : null,
    resumeStemCounts: stems.map((term) => reading.terms!.counts.get(term) ?? 0),
    resumeLength: reading.terms?.length ?? 0,
    occupationCodes: reading.occupations.map((fit) => fit.code),
    occupationConfidence: reading.occupations.map((fit) => fit.confidence),
    readingVersion: READING_VERSION,
  };
}
