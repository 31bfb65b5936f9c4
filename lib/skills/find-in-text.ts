// Known skills a free text names. Two passes over the text, both left to right, longest name first:
//  1. Exact names (ids, labels, aliases) over the text's tokens, folded and lowercased. Tokens the
//     taxonomy does not know are split at "/", "." and "'" ("Python/Django" → python, django). A name
//     never spans punctuation other than spaces, hyphens, underscores and "/". Guarded names
//     (FREE_TEXT_GUARDS in aliases.ts, one- and two-letter names, entries marked `text: case`) must be
//     written as listed ("Go", "R", "Excel", "Polish"); names in FREE_TEXT_NEEDS_CONTEXT ("Go", "R", "C")
//     also need technical context: another skill within two tokens, "in/with/using" before, or
//     "programming/language/developer…" after, and never "to/level/suite…" after ("Go to market").
//  2. Multi-word names by their stems, function words left out, within one phrase (no comma, colon or
//     bracket between them, nor a line or sentence end), so
//     "purchased supplies" names "purchase supplies" and "head of sales" names "sales head" never.
//     A name of two or three stems also matches those stems side by side in another order (the longer
//     match wins, in order on a tie): the noun form of ESCO's verb phrases ("payroll management" names
//     "manage payroll", "purchase orders issued" names "issue purchase orders").
// Entries marked `text: never` ("plan", "energy") are never found in free text.
import { boundedMemo } from "@/lib/util/bounded-memo";
import { processWide } from "@/lib/util/process-wide";
import { termsOf, textTerms, type TextTerms } from "@/lib/text/terms";
import { FREE_TEXT_GUARDS, FREE_TEXT_NEEDS_CONTEXT } from "./aliases";
import { entryKeys, taxonomy } from "./taxonomy";
import { foldText, normalizeSkillText, scanTokens } from "./text";
import { NONE, ROOT, sortedIndexOf, type TokenTrie, TokenTrieBuilder } from "./token-trie";
import type { TaxonomyEntry } from "./types";

/** A name ending at a node of the exact trie. */
interface ExactName {
  id: string;
  /** Accepted spellings for a guarded name; undefined when any spelling counts, [] when none does. */
  forms?: readonly string[];
  needsContext: boolean;
}

/** What a node of the stemmed trie holds. */
interface StemmedNode {
  id?: string;
  /** Lower wins when two entries share stems: curated core 0, ESCO 1, O*NET 2. */
  rank?: number;
  /**
   * On the first level: the stems this one stands beside in a name of two or three stems, in either
   * order, sorted — a window starting otherwise cannot match in another order. Kept on the node the walk
   * looks up anyway, so checking costs no lookup of its own (a Set each took 4 MB).
   */
  pairedWith?: readonly string[];
}

interface Ranked {
  id: string;
  rank: number;
}

interface FindIndex {
  exact: TokenTrie<ExactName>;
  stemmed: TokenTrie<StemmedNode>;
  /** Names of two or three distinct stems, keyed by their stems sorted: matched in any order (their ids). */
  unordered: Map<string, string>;
  /** Every token of some name, so compound tokens like "ci/cd" are kept whole. */
  vocabulary: Set<string>;
}

interface IndexBuilder {
  exact: TokenTrieBuilder<ExactName>;
  stemmed: TokenTrieBuilder<StemmedNode>;
  unordered: Map<string, Ranked>;
  /** StemmedNode.pairedWith of each stem, as it grows. */
  pairs: Map<string, Set<string>>;
  vocabulary: Set<string>;
}

const CONTEXT_KEYS = new Set(FREE_TEXT_NEEDS_CONTEXT);
const CONTEXT_WINDOW = 2;
const CONTEXT_BEFORE = new Set(["in", "with", "using"]);
const CONTEXT_AFTER = new Set(
  "programming language languages lang code coding developer developers development engineer engineers scripts scripting services microservices backend framework".split(
    " ",
  ),
);
const BLOCK_AFTER = new Set(["to", "level", "suite", "series", "grade", "class", "section", "corp", "minor", "major"]);
const SPLIT_CHARS = /[./']/;
const UNORDERED_MAX = 3;

let index: FindIndex | undefined;

function entryRank(entry: TaxonomyEntry): number {
  if (!entry.broad) return 0;
  return entry.source === "esco" ? 1 : 2;
}

function addExact(built: IndexBuilder, entry: TaxonomyEntry, key: string): void {
  const tokens = key.split(" ");
  for (const token of tokens) built.vocabulary.add(token);
  const caseForm =
    entry.text === "case" && key === normalizeSkillText(entry.label) ? [foldText(entry.label)] : undefined;
  built.exact.set(built.exact.node(tokens), {
    id: entry.id,
    forms: FREE_TEXT_GUARDS[key] ?? caseForm ?? (/^[a-z0-9]{1,2}$/.test(key) ? [] : undefined),
    needsContext: CONTEXT_KEYS.has(key),
  });
}

function stemmedNode(built: IndexBuilder, stems: readonly string[]): StemmedNode {
  const node = built.stemmed.node(stems);
  let value = built.stemmed.value(node);
  if (!value) built.stemmed.set(node, (value = {}));
  return value;
}

function addStemmed(built: IndexBuilder, entry: TaxonomyEntry, key: string): void {
  const stems = termsOf(key);
  if (stems.length < 2) return;
  const node = stemmedNode(built, stems);
  const rank = entryRank(entry);
  if (node.id === undefined || rank < (node.rank ?? Infinity)) {
    node.id = entry.id;
    node.rank = rank;
  }
  const distinct = new Set(stems);
  if (distinct.size !== stems.length || stems.length > UNORDERED_MAX) return;
  for (let index = 0; index + 1 < stems.length; index++) {
    for (let other = index + 1; other < stems.length; other++) {
      addPair(built, stems[index]!, stems[other]!);
      addPair(built, stems[other]!, stems[index]!);
    }
  }
  const sorted = unorderedKey(stems);
  const known = built.unordered.get(sorted);
  if (!known || rank < known.rank || (rank === known.rank && entry.id < known.id)) {
    built.unordered.set(sorted, { id: entry.id, rank });
  }
}

const unorderedKey = (stems: readonly string[]) => [...stems].sort().join(" ");

/** unorderedKey of the two or three stems from `position`, without copying or sorting an array. */
function unorderedKeyAt(stems: readonly string[], position: number, length: number): string {
  const one = stems[position]!;
  const other = stems[position + 1]!;
  const first = one < other ? one : other;
  const second = one < other ? other : one;
  if (length === 2) return `${first} ${second}`;
  const third = stems[position + 2]!;
  if (third < first) return `${third} ${first} ${second}`;
  return third < second ? `${first} ${third} ${second}` : `${first} ${second} ${third}`;
}

/** Notes that `stem` stands beside `other` in a name of two or three stems. */
function addPair(built: IndexBuilder, stem: string, other: string): void {
  let pairs = built.pairs.get(stem);
  if (!pairs) built.pairs.set(stem, (pairs = new Set()));
  pairs.add(built.stemmed.interned(other));
}

function buildIndex(): FindIndex {
  const built: IndexBuilder = {
    exact: new TokenTrieBuilder(),
    stemmed: new TokenTrieBuilder(),
    unordered: new Map(),
    pairs: new Map(),
    vocabulary: new Set(),
  };
  for (const entry of taxonomy().entries.values()) {
    if (entry.text === "never") continue;
    for (const key of entryKeys(entry)) {
      addExact(built, entry, key);
      if (entry.text !== "case") addStemmed(built, entry, key);
    }
  }
  // May make a first-level node no name starts with: with no id and nothing under it, the walk matches nothing there.
  for (const [stem, paired] of built.pairs) stemmedNode(built, [stem]).pairedWith = [...paired].sort();
  return {
    exact: built.exact.build(),
    stemmed: built.stemmed.build(),
    unordered: new Map([...built.unordered].map(([key, { id }]) => [key, id])),
    vocabulary: built.vocabulary,
  };
}

function findIndex(): FindIndex {
  index ??= processWide("skills/find-in-text", buildIndex);
  return index;
}

/** The text's tokens as parallel arrays (fewer allocations than token objects on long texts). */
interface TextTokens {
  folded: string;
  lower: string[];
  start: number[];
  end: number[];
  breakBefore: boolean[];
}

function textTokens(folded: string, vocabulary: Set<string>): TextTokens {
  const lowered = folded.toLowerCase();
  const sameLength = lowered.length === folded.length;
  const tokens: TextTokens = { folded, lower: [], start: [], end: [], breakBefore: [] };
  const lowerOf = (start: number, end: number) =>
    sameLength ? lowered.slice(start, end) : folded.slice(start, end).toLowerCase();
  const push = (start: number, end: number, breakBefore: boolean) => {
    tokens.lower.push(lowerOf(start, end));
    tokens.start.push(start);
    tokens.end.push(end);
    tokens.breakBefore.push(breakBefore);
  };
  scanTokens(folded, (start, end, breakBefore) => {
    const lower = lowerOf(start, end);
    // A token with nothing to split at is kept as it is, without looking it up.
    if (!SPLIT_CHARS.test(lower) || vocabulary.has(lower)) {
      push(start, end, breakBefore);
      return;
    }
    let partStart = start;
    let first = true;
    for (let position = start; position <= end; position++) {
      const code = position < end ? folded.charCodeAt(position) : -1;
      if (code !== -1 && code !== 46 && code !== 47 && code !== 39) continue;
      if (position > partStart) {
        push(partStart, position, first ? breakBefore : true);
        first = false;
      }
      partStart = position + 1;
    }
  });
  return tokens;
}

function passesGuard(name: ExactName, tokens: TextTokens, start: number, length: number): boolean {
  if (name.forms === undefined) return true;
  if (name.forms.length === 0) return false;
  const written: string[] = [];
  for (let position = start; position < start + length; position++) {
    written.push(tokens.folded.slice(tokens.start[position], tokens.end[position]));
  }
  return name.forms.includes(written.join(" "));
}

interface Match {
  id: string;
  start: number;
  end: number;
  needsContext: boolean;
}

function exactMatches(tokens: TextTokens, trie: TokenTrie<ExactName>): Match[] {
  const count = tokens.lower.length;
  const matches: Match[] = [];
  const ends: number[] = [];
  let position = 0;
  while (position < count) {
    ends.length = 0;
    let node = ROOT;
    for (let cursor = position; cursor < count; cursor++) {
      if (cursor > position && tokens.breakBefore[cursor]) break;
      node = trie.child(node, tokens.lower[cursor]!);
      if (node === NONE) break;
      ends.push(node);
    }
    let advanced = false;
    for (let length = ends.length; length >= 1; length--) {
      const end = trie.value(ends[length - 1]!);
      if (end === undefined || !passesGuard(end, tokens, position, length)) continue;
      const needsContext = end.needsContext === true;
      if (needsContext && BLOCK_AFTER.has(tokens.lower[position + length] ?? "")) continue;
      matches.push({ id: end.id, start: position, end: position + length, needsContext });
      position += length;
      advanced = true;
      break;
    }
    if (!advanced) position++;
  }
  return matches;
}

/** Names that need context count only near another skill or a word that makes them technical. */
function withContext(matches: Match[], tokens: TextTokens, found: Set<string>): void {
  const count = tokens.lower.length;
  const covered = new Uint8Array(count);
  for (const match of matches) {
    if (match.needsContext) continue;
    found.add(match.id);
    covered.fill(1, match.start, match.end);
  }
  // Context is on the name's own line: "18th Edition" ending one requirement says nothing of "ECS" (an
  // electrician's card) starting the next.
  const sameLine = (from: number, to: number) =>
    !tokens.folded.slice(tokens.start[Math.min(from, to)], tokens.start[Math.max(from, to)]).includes("\n");
  for (const match of matches) {
    if (!match.needsContext || found.has(match.id)) continue;
    const before = match.start > 0 && sameLine(match.start - 1, match.start) ? tokens.lower[match.start - 1]! : "";
    const after = match.end < count && sameLine(match.start, match.end) ? tokens.lower[match.end]! : "";
    let nearSkill = false;
    const from = Math.max(0, match.start - CONTEXT_WINDOW);
    const to = Math.min(count, match.end + CONTEXT_WINDOW);
    for (let cursor = from; cursor < to && !nearSkill; cursor++)
      nearSkill = covered[cursor] === 1 && sameLine(cursor, match.start);
    if (nearSkill || CONTEXT_BEFORE.has(before) || CONTEXT_AFTER.has(after)) found.add(match.id);
  }
}

/**
 * The longest name of two or three stems written side by side in another order at `position`; `head`:
 * what the stemmed trie holds on the node of the stem there.
 */
function unorderedMatch(terms: TextTerms, built: FindIndex, position: number, head: StemmedNode | undefined) {
  const { stems, phrases } = terms;
  const second = stems[position + 1];
  if (second === undefined || phrases[position + 1] !== phrases[position]) return null;
  if (head?.pairedWith === undefined || sortedIndexOf(head.pairedWith, second) === NONE) return null;
  const fits = position + 2 < stems.length && phrases[position + 2] === phrases[position];
  for (let length = fits ? UNORDERED_MAX : 2; length >= 2; length--) {
    const id = built.unordered.get(unorderedKeyAt(stems, position, length));
    if (id !== undefined) return { id, length };
  }
  return null;
}

function stemmedMatches(terms: TextTerms, built: FindIndex, onMatch: (id: string, start: number) => void): void {
  const { stems, phrases } = terms;
  const trie = built.stemmed;
  let position = 0;
  while (position < stems.length) {
    const headNode = trie.child(ROOT, stems[position]!);
    let best: { id: string; length: number } | null = null;
    for (let cursor = position, node = headNode; node !== NONE;) {
      const id = trie.value(node)?.id;
      if (id !== undefined) best = { id, length: cursor - position + 1 };
      cursor++;
      if (cursor >= stems.length || phrases[cursor] !== phrases[position]) break;
      node = trie.child(node, stems[cursor]!);
    }
    const head = headNode === NONE ? undefined : trie.value(headNode);
    const reordered = unorderedMatch(terms, built, position, head);
    if (reordered && reordered.length > (best?.length ?? 0)) best = reordered;
    if (best) {
      onMatch(best.id, position);
      position += best.length;
    } else position++;
  }
}

/** The names found in a text and where they start: for findSkillsInTextWithout, which reads it blanked in places. */
interface Reading {
  ids: readonly string[];
  /** Each exact name's id and the offset in the folded text where it starts. */
  exact: { id: string; start: number }[];
  /** Each stemmed name's id and the number of its first stem. */
  stemmed: { id: string; start: number }[];
  /** Whether a name needing context was matched: context reaches across any cut, so nothing is derived. */
  needsContext: boolean;
}

function readSkills(text: string, terms: TextTerms): Reading {
  const built = findIndex();
  const tokens = textTokens(foldText(text), built.vocabulary);
  const found = new Set<string>();
  const exact = exactMatches(tokens, built.exact);
  withContext(exact, tokens, found);
  const stemmed: Reading["stemmed"] = [];
  stemmedMatches(terms, built, (id, start) => {
    found.add(id);
    stemmed.push({ id, start });
  });
  return {
    ids: [...found].sort(),
    exact: exact.map((match) => ({ id: match.id, start: tokens.start[match.start]! })),
    stemmed,
    needsContext: exact.some((match) => match.needsContext),
  };
}

/**
 * Canonical ids of known skills a free text names, deduplicated and sorted (rules above). `terms`: the
 * text's terms when the caller has them already (textTerms of the same text).
 */
export function findSkillsInText(text: string, terms?: TextTerms): string[] {
  return [...readingOf({ text, terms }).ids];
}

// The last text read, kept for findSkillsInTextWithout: reading a résumé finds its skills, then those of the
// same text without its addresses.
const readingOf = boundedMemo(
  1,
  ({ text, terms }: { text: string; terms?: TextTerms }) => readSkills(text, terms ?? textTerms(text)),
  ({ text }) => text,
);

// A line ending in one of these ends every name and phrase before it (it is never part of a token): a text
// cut after that line names what its two parts name, unless a name needs context, which reaches across.
const CUT_AFTER = new Set([...'.;!?•|·▪●,:()[]{}"“”'].map((char) => char.charCodeAt(0)));

type Spans = readonly (readonly [start: number, end: number])[];

/** The text with each span (ascending, not overlapping) replaced by a space. */
function blank(text: string, spans: Spans): string {
  let blanked = "";
  let from = 0;
  for (const [start, end] of spans) {
    blanked += `${text.slice(from, start)} `;
    from = end;
  }
  return blanked + text.slice(from);
}

/**
 * findSkillsInText of the text with some spans (ascending, not overlapping) replaced by a space each.
 * When the text was the last one read and its spans all stand before a line ending in a CUT_AFTER
 * character, what follows that line names what it named in the whole text: only the lines up to it are
 * read again.
 */
export function findSkillsInTextWithout(text: string, spans: Spans): string[] {
  if (spans.length === 0) return findSkillsInText(text);
  const whole = readingOf({ text });
  const cut = whole.needsContext ? -1 : lineAfter(text, spans.at(-1)![1]);
  if (cut === -1) return findSkillsInText(blank(text, spans));
  // Folding reorders only combining marks, never across a line break: the head folds alone as in the whole text.
  const head = text.slice(0, cut);
  const foldedCut = foldText(head).length;
  const stemCut = textTerms(head).stems.length;
  const blankedHead = blank(head, spans);
  const read = readSkills(blankedHead, textTerms(blankedHead));
  if (read.needsContext) return findSkillsInText(blank(text, spans));
  const found = new Set(read.ids);
  for (const { id, start } of whole.exact) if (start >= foldedCut) found.add(id);
  for (const { id, start } of whole.stemmed) if (start >= stemCut) found.add(id);
  return [...found].sort();
}

/** The start of the first line after `from` whose line before ends, at `from` or later, in a CUT_AFTER character; -1 for none. */
function lineAfter(text: string, from: number): number {
  for (let newline = text.indexOf("\n", from + 1); newline !== -1; newline = text.indexOf("\n", newline + 1)) {
    if (CUT_AFTER.has(text.charCodeAt(newline - 1))) return newline + 1;
  }
  return -1;
}
