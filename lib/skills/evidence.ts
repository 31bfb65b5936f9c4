// Whether a résumé states a skill, in any form a person writes it: "purchase" is stated by "processed
// purchase orders", "sales management" by "managed the sales team", "CRM" by "customer relationship
// management" (an alias). Looser than findSkillsInText on purpose: a required skill the résumé names must
// never be reported missing. Rules, for each name of a skill (label, aliases; the raw text when unknown):
//   V1. One word: the text has that word or an inflection of it ("purchase" → purchases, purchasing,
//       purchased; "manage" → management), never a longer word that merely starts alike ("Excel" is not
//       "excellent", "SQL" is not "PostgreSQL").
//   V2. Several words: their stems stand in one line or sentence, in any order, function words aside —
//       in a line listing short items, in one item or two neighbouring ones ("wound care, SAP, rota
//       planning" does not state "care planning").
//       For a skill the taxonomy does not know (a requirement phrase of a posting, lib/extraction
//       requirement-phrases.ts), most of them: all of two or three, all but one of four or more — a
//       requirement is worded by the employer, not by the candidate; "X or Y" by either side.
//   V3. A technology states the kinds of software O*NET files it under (SAP, NetSuite → ERP; AutoCAD →
//       CAD: TaxonomyEntry.categories), never the other way round.
// A skill is evidenced when the résumé states it outside its skill lists (lib/skills/skill-lists.ts): in a
// role, a duty, a profile. Stated decides what is missing; evidenced is what a list alone cannot buy.
import { termOf, termsOf, textTerms, type TextTerms } from "@/lib/text/terms";
import { foldText, scanTokens } from "@/lib/text/tokens";
import { processWide } from "@/lib/util/process-wide";
import { FREE_TEXT_GUARDS, FREE_TEXT_NEEDS_CONTEXT } from "./aliases";
import { findSkillsInText } from "./find-in-text";
import { canonicalSkill, normalizeSkillText } from "./normalize";
import { keptLines, skillListLines } from "./skill-lists";
import { entryKeys, taxonomy } from "./taxonomy";

export interface EvidenceText {
  /** Every word of the text, lowercase. */
  words: ReadonlySet<string>;
  /** Every word as written (accents folded, case kept), for names that count only so written. */
  surfaces: ReadonlySet<string>;
  /** Every content stem. */
  stems: ReadonlySet<string>;
  /** The segments (lines, sentences, neighbouring items of a list) each stem stands in, ascending. */
  segmentsOf: ReadonlyMap<string, readonly number[]>;
  /** Known skills the text names by the strict rules (findSkillsInText): always stated. */
  named: ReadonlySet<string>;
  /** The skill lists, and what the rest of the text holds; null when the text has no skill list. */
  lists: SkillLists | null;
}

/** What evidence reads apart when a text has skill lists: the segments in them, and the text outside. */
interface SkillLists {
  /** The lines (from 0, as TextTerms.segmentLines numbers them) of the lists. */
  lines: ReadonlySet<number>;
  /** The segments (as segmentsOf numbers them) that lie in a skill list. */
  segments: ReadonlySet<number>;
  /** words and surfaces outside the lists. */
  words: ReadonlySet<string>;
  surfaces: ReadonlySet<string>;
  /** Known skills the strict rules find outside the lists (read when first asked). */
  namedOutside(): ReadonlySet<string>;
}

const CONTEXT_KEYS = new Set(FREE_TEXT_NEEDS_CONTEXT);

const INFLECTIONS = [
  "",
  "e",
  "s",
  "es",
  "d",
  "ed",
  "ing",
  "ings",
  "er",
  "ers",
  "or",
  "ors",
  "ment",
  "ments",
  "ement",
  "ements",
  "ion",
  "ions",
  "ation",
  "ations",
  "al",
  "ate",
  "ated",
  "ator",
  "ators",
  "ant",
  "ants",
];

/** Endings that make a noun of a verb: "bookkeeping" is made of "bookkeep", "litigation" of "litigate". */
const DERIVATIONS = ["ings", "ing", "ments", "ment", "ations", "ation", "ions", "ion"];
const MIN_ROOT = 4;

/** The words a derived word is made of: bookkeeping → bookkeep; planning → plan; purchasing → purchase. */
function roots(word: string): string[] {
  const found: string[] = [];
  for (const ending of DERIVATIONS) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_ROOT) continue;
    const root = word.slice(0, -ending.length);
    found.push(root, `${root}e`);
    if (ending.startsWith("ation")) found.push(`${root}ate`);
    // A doubled last consonant: planning → plan, shipping → ship.
    if (/([^aeiou])\1$/.test(root)) found.push(root.slice(0, -1));
    break;
  }
  return found;
}

function addForms(forms: Set<string>, word: string): void {
  const base = word.length > 3 && word.endsWith("e") ? word.slice(0, -1) : word;
  forms.add(word);
  for (const suffix of INFLECTIONS) forms.add(base + suffix);
  if (word.endsWith("y") && word.length > 3) {
    const root = word.slice(0, -1);
    for (const suffix of ["ies", "ied", "ier"]) forms.add(root + suffix);
  }
}

/**
 * The forms "purchase" takes in a text: purchase, purchases, purchased, purchasing… and for a derived
 * word those of the word it is made of: "bookkeeping" is stated by "bookkeeper", "nursing" by "nurse",
 * "litigation" by "litigator".
 */
export function inflections(word: string): string[] {
  const forms = new Set<string>();
  for (const each of [word, ...roots(word)]) addForms(forms, each);
  return [...forms];
}

// A line of at least LIST_ITEMS comma-separated phrases, of at most LIST_ITEM_STEMS content words each on
// average, is a list. Rule V2 reads it as overlapping pairs of neighbouring items: "supplier audits,
// inventory management" may state "supplier management", but "wound care, merchandising, rota planning"
// does not state "care planning". Prose keeps its sentence whole.
const LIST_ITEMS = 3;
const LIST_ITEM_STEMS = 3;
const NONE = -1;

/**
 * The segments of each stem that rule V2 reads, ascending: its line or sentence (`first`), or in a list
 * the two pairs of neighbouring items its item belongs to (`first` and `second`; else NONE).
 */
function statementSegments(
  { segments, phrases, segmentLines }: TextTerms,
  listLines: ReadonlySet<number>,
): { first: number[]; second: number[]; listed: Set<number> } {
  const listed = new Set<number>();
  const first = new Array<number>(segments.length);
  const second = new Array<number>(segments.length).fill(NONE);
  let next = 0;
  for (let start = 0; start < segments.length;) {
    let items = 1;
    let end = start + 1;
    for (; end < segments.length && segments[end] === segments[start]; end++) {
      if (phrases[end] !== phrases[end - 1]) items++;
    }
    const from = next;
    if (items < LIST_ITEMS || end - start > items * LIST_ITEM_STEMS) {
      first.fill(next++, start, end);
    } else {
      for (let position = start; position < end; position++) {
        if (position > start && phrases[position] !== phrases[position - 1]) next++;
        first[position] = next;
        second[position] = next + 1;
      }
      next += 2;
    }
    if (listLines.has(segmentLines[segments[start]!]!))
      for (let segment = from; segment < next; segment++) listed.add(segment);
    start = end;
  }
  return { first, second, listed };
}

/** `terms`: the text's terms when the caller has them already (textTerms of the same text). */
export function evidenceText(text: string, terms: TextTerms = textTerms(text)): EvidenceText {
  const folded = foldText(text);
  const listLines = skillListLines(folded);
  const ranges = listLines.size > 0 ? lineRanges(folded, listLines) : [];
  const words = new Set<string>();
  const surfaces = new Set<string>();
  // Outside the lists: the same sets when there are none.
  const proseWords = ranges.length > 0 ? new Set<string>() : words;
  const proseSurfaces = ranges.length > 0 ? new Set<string>() : surfaces;
  let range = 0;
  scanTokens(folded, (start, end) => {
    while (range < ranges.length && ranges[range]![1] <= start) range++;
    const listed = range < ranges.length && ranges[range]![0] <= start;
    const surface = folded.slice(start, end);
    const seen = listed ? surfaces : proseSurfaces;
    // A word seen as written is already in its sets: not lowercased again.
    if (seen.has(surface)) return;
    const word = surface.toLowerCase();
    surfaces.add(surface);
    words.add(word);
    if (!listed && proseSurfaces !== surfaces) {
      proseSurfaces.add(surface);
      proseWords.add(word);
    }
  });
  const { stems } = terms;
  const { first, second, listed } = statementSegments(terms, listLines);
  const segmentsOf = new Map<string, number[]>();
  stems.forEach((term, position) => {
    const list = segmentsOf.get(term) ?? [];
    if (list.at(-1) !== first[position]) list.push(first[position]!);
    if (second[position] !== NONE && list.at(-1) !== second[position]) list.push(second[position]!);
    segmentsOf.set(term, list);
  });
  let namedOutside: ReadonlySet<string> | undefined;
  const lists: SkillLists | null =
    ranges.length === 0
      ? null
      : {
          lines: listLines,
          segments: listed,
          words: proseWords,
          surfaces: proseSurfaces,
          namedOutside: () =>
            (namedOutside ??= new Set(findSkillsInText(keptLines(folded, (line) => !listLines.has(line))))),
        };
  return {
    words,
    surfaces,
    stems: new Set(stems),
    segmentsOf,
    named: new Set(findSkillsInText(text, terms)),
    lists,
  };
}

/** The [start, end) offsets of the given lines of a text, in order. */
function lineRanges(text: string, lines: ReadonlySet<number>): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  text.split("\n").forEach((line, number) => {
    if (lines.has(number)) ranges.push([start, start + line.length]);
    start += line.length + 1;
  });
  return ranges;
}

interface Name {
  /** One word (rule V1), lowercase. */
  word?: string;
  /** The word's inflections (computed once). */
  inflected?: readonly string[];
  /** For a guarded word ("Go", "R", "Excel", "Polish"): the only spellings that count; [] for none. */
  forms?: readonly string[];
  /** Distinct content stems (rule V2). */
  stems: string[];
}

function nameOf(key: string, caseForm?: string): Name | null {
  const stems = [...new Set(termsOf(key))];
  if (stems.length === 0) return null;
  const words = key.split(" ");
  if (words.length > 1) return { stems };
  // Names that need technical context ("Go", "R") count only where the strict rules found them.
  if (CONTEXT_KEYS.has(key)) return { word: words[0]!, stems, forms: [] };
  const forms = FREE_TEXT_GUARDS[key] ?? (caseForm ? [caseForm] : /^[a-z0-9]{1,2}$/.test(key) ? [] : undefined);
  return { word: words[0]!, inflected: inflections(words[0]!), stems, forms };
}

const namesCache = processWide("skills/names", () => new Map<string, Name[]>());

function namesOfEntry(id: string): Name[] {
  let names = namesCache.get(id);
  if (!names) {
    const entry = taxonomy().entries.get(id);
    const caseKey = entry?.text === "case" ? normalizeSkillText(entry.label) : undefined;
    names =
      entry && entry.text !== "never"
        ? entryKeys(entry)
            .flatMap((key) => nameOf(key, key === caseKey ? foldText(entry.label) : undefined) ?? [])
            // flatMap's array keeps room for 17 names: copied, it holds one or two (3 MB over every entry).
            .slice()
        : [];
    namesCache.set(id, names);
  }
  return names;
}

/** Whether the stems all stand in one segment (that `counts`, when given). */
function shareSegment(
  evidence: EvidenceText,
  stems: readonly string[],
  counts: (segment: number) => boolean = () => true,
): boolean {
  const first = evidence.segmentsOf.get(stems[0]!);
  if (!first) return false;
  for (let index = 1; index < stems.length; index++) if (!evidence.segmentsOf.has(stems[index]!)) return false;
  return first.some((segment) => {
    if (!counts(segment)) return false;
    for (let index = 1; index < stems.length; index++) {
      if (!evidence.segmentsOf.get(stems[index]!)!.includes(segment)) return false;
    }
    return true;
  });
}

function nameStated(evidence: EvidenceText, name: Name): boolean {
  if (name.forms !== undefined) return name.forms.some((form) => evidence.surfaces.has(form));
  if (name.inflected !== undefined) return name.inflected.some((form) => evidence.words.has(form));
  return shareSegment(evidence, name.stems);
}

/**
 * Of the known skills the text states (statedSkillIds), those it states outside its skill lists, in the
 * same order: a role or a duty that shows the skill, not only a list that names it.
 */
function evidencedSkillIds(evidence: EvidenceText, stated: readonly string[]): readonly string[] {
  const { lists } = evidence;
  if (lists === null) return stated;
  // One-word names by the words outside the lists, as statedSkillIds looks them up (rule V1).
  const { byWord, bySurface } = statedIndex();
  const shown = new Set<string>();
  for (const word of lists.words) for (const id of byWord.get(word) ?? []) shown.add(id);
  for (const surface of lists.surfaces) for (const id of bySurface.get(surface) ?? []) shown.add(id);
  const outside = (segment: number) => !lists.segments.has(segment);
  return stated.filter((id) => {
    if (shown.has(id)) return true;
    // Names of several words: their stems in one segment outside the lists (rule V2).
    const names = namesOfEntry(id);
    if (names.some((name) => name.word === undefined && shareSegment(evidence, name.stems, outside))) return true;
    if (!evidence.named.has(id)) return false;
    // Stated by the strict rules (findSkillsInText), which find no more than its names state but for a
    // name that needs technical context ("Go"): only then is the text outside the lists read again. A
    // skill no name states (one inside a web address) is not in a list.
    if (names.length === 0 || names.some((name) => name.forms?.length === 0)) return lists.namedOutside().has(id);
    return !names.some((name) => nameStated(evidence, name));
  });
}

/** Stems of a phrase one segment must hold: all of two or three, all but one of more. */
const phraseQuorum = (stems: number) => (stems >= 4 ? stems - 1 : stems);

/** Whether one segment holds most of a phrase's stems (rule V2 for a skill the taxonomy does not know). */
function phraseStated(segmentsOf: (stem: string) => readonly number[] | undefined, stems: readonly string[]): boolean {
  const quorum = phraseQuorum(stems.length);
  const held = new Map<number, number>();
  for (const term of stems) {
    for (const segment of segmentsOf(term) ?? []) {
      const count = (held.get(segment) ?? 0) + 1;
      if (count >= quorum) return true;
      held.set(segment, count);
    }
  }
  return false;
}

/**
 * The ways a requirement phrase can be met: "restaurant manager or assistant manager" by either side, when
 * each side has two content words or more. A single word against a longer side shares the rest of it:
 * "hitting or beating sales targets" is hitting sales targets or beating them, "ICU or critical care" ICU
 * care or critical care. Two single words ("care or support") stay one phrase.
 */
function alternatives(phrase: string): string[] {
  const sides = phrase.split(" or ");
  if (sides.length !== 2) return [phrase];
  const [left, right] = sides as [string, string];
  const [leftTerms, rightTerms] = [new Set(termsOf(left)).size, new Set(termsOf(right)).size];
  if (leftTerms >= 2 && rightTerms >= 2) return sides;
  const rightWords = right.trim().split(/\s+/);
  if (leftTerms === 1 && rightTerms >= 2 && rightWords.length >= 2)
    return [`${left.trim()} ${rightWords.slice(1).join(" ")}`, right];
  return [phrase];
}

/** Whether an unknown skill's name is stated: one word by V1, several by the phrase rule. */
function unknownStated(
  skillId: string,
  hasWord: (word: string) => boolean,
  segmentsOf: (stem: string) => readonly number[] | undefined,
): boolean {
  return alternatives(skillId.replace(/_/g, " ")).some((phrase) => {
    const name = nameOf(phrase);
    if (name === null || name.forms !== undefined) return false;
    if (name.inflected !== undefined) return name.inflected.some(hasWord);
    return phraseStated(segmentsOf, name.stems);
  });
}

/** Whether the text states the skill (a name, alias or canonical id), by rules V1–V3. */
export function statesSkill(evidence: EvidenceText, skill: string): boolean {
  const { id, known } = canonicalSkill(skill);
  if (known)
    return (
      evidence.named.has(id) ||
      namesOfEntry(id).some((name) => nameStated(evidence, name)) ||
      [...evidence.named].some((named) => isCategoryOf(id, named))
    );
  return unknownStated(
    id,
    (word) => evidence.words.has(word),
    (term) => evidence.segmentsOf.get(term),
  );
}

/** Every known skill the text states (rules V1–V2), sorted: what a saved profile keeps. */
function statedSkillIds(evidence: EvidenceText): string[] {
  const { byWord, bySurface, phrases } = statedIndex();
  const stated = new Set(evidence.named);
  for (const word of evidence.words) for (const id of byWord.get(word) ?? []) stated.add(id);
  for (const surface of evidence.surfaces) for (const id of bySurface.get(surface) ?? []) stated.add(id);
  // The text's segments by stem number: looked up by small integers from here on.
  const segmentsOf = new Map<number, readonly number[]>();
  for (const [term, segments] of evidence.segmentsOf) {
    const number = phrases.stemNumber.get(term);
    if (number !== undefined) segmentsOf.set(number, segments);
  }
  for (const rarest of segmentsOf.keys()) {
    for (let name = phrases.groupStart[rarest]!; name < phrases.groupStart[rarest + 1]!; name++) {
      if (phraseInOneSegment(segmentsOf, phrases, name)) stated.add(phrases.ids[name]!);
    }
  }
  return [...stated].sort();
}

/** shareSegment for a name of PhraseNames: its stems all stand in one segment. */
function phraseInOneSegment(segmentsOf: Map<number, readonly number[]>, phrases: PhraseNames, name: number): boolean {
  const from = phrases.stemStart[name]!;
  const to = phrases.stemStart[name + 1]!;
  const first = segmentsOf.get(phrases.stems[from]!);
  if (!first) return false;
  for (let index = from + 1; index < to; index++) if (!segmentsOf.has(phrases.stems[index]!)) return false;
  return first.some((segment) => {
    for (let index = from + 1; index < to; index++) {
      if (!segmentsOf.get(phrases.stems[index]!)!.includes(segment)) return false;
    }
    return true;
  });
}

/**
 * The names of every entry by what states them, so a text's words and stems look up what it states:
 * a one-word name by each of its forms (rule V1; a guarded one by the spellings that count), a name of
 * several words by its rarest stem (rule V2 needs them all, and a common word then brings few names).
 */
interface StatedIndex {
  byWord: Map<string, readonly string[]>;
  bySurface: Map<string, readonly string[]>;
  phrases: PhraseNames;
}

/**
 * The names of several words, their stems numbered and the names grouped by their rarest stem, in flat
 * arrays: a text's stems reach their names' stems without a string lookup or a scattered object each.
 */
interface PhraseNames {
  stemNumber: Map<string, number>;
  /** The names whose rarest stem is number s: groupStart[s] up to groupStart[s + 1]. */
  groupStart: Int32Array;
  /** The stems of name n: stems[stemStart[n]] up to stems[stemStart[n + 1]]. */
  stemStart: Int32Array;
  stems: Int32Array;
  /** The entry of each name. */
  ids: string[];
}

let stateIndex: StatedIndex | undefined;

/**
 * Lists the entry under each of a name's keys. The keys that name it alone share one list, copied when
 * another entry joins a key, never changed: a list of its own for each of the 77,000 forms of one-word
 * names, most naming one entry, took 4 MB.
 */
function listUnder(map: Map<string, readonly string[]>, keys: Iterable<string>, id: string): void {
  const alone = [id];
  for (const key of keys) {
    const list = map.get(key);
    map.set(key, list ? [...list, id] : alone);
  }
}

function phraseNames(named: readonly { id: string; stems: readonly string[]; rarest: string }[]): PhraseNames {
  const stemNumber = new Map<string, number>();
  for (const { stems } of named)
    for (const term of stems) if (!stemNumber.has(term)) stemNumber.set(term, stemNumber.size);
  const byRarest = named
    .map((name) => ({ ...name, group: stemNumber.get(name.rarest)! }))
    .sort((one, other) => one.group - other.group);
  const groupStart = new Int32Array(stemNumber.size + 1);
  const stemStart = new Int32Array(byRarest.length + 1);
  const stems = new Int32Array(byRarest.reduce((total, name) => total + name.stems.length, 0));
  byRarest.forEach((name, index) => {
    groupStart[name.group + 1]!++;
    stemStart[index + 1] = stemStart[index]! + name.stems.length;
    name.stems.forEach((term, offset) => (stems[stemStart[index]! + offset] = stemNumber.get(term)!));
  });
  for (let group = 1; group < groupStart.length; group++) groupStart[group]! += groupStart[group - 1]!;
  return { stemNumber, groupStart, stemStart, stems, ids: byRarest.map((name) => name.id) };
}

function buildStatedIndex(): StatedIndex {
  const byWord = new Map<string, readonly string[]>();
  const bySurface = new Map<string, readonly string[]>();
  const frequency = new Map<string, number>();
  for (const id of taxonomy().entries.keys()) {
    for (const name of namesOfEntry(id)) {
      if (name.word !== undefined) continue;
      for (const term of name.stems) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
  }
  const phrases: { id: string; stems: readonly string[]; rarest: string }[] = [];
  for (const id of taxonomy().entries.keys()) {
    for (const name of namesOfEntry(id)) {
      if (name.forms !== undefined) listUnder(bySurface, new Set(name.forms), id);
      else if (name.inflected !== undefined) listUnder(byWord, name.inflected, id);
      else {
        const rarest = name.stems.reduce((best, term) =>
          (frequency.get(term) ?? 0) < (frequency.get(best) ?? 0) ? term : best,
        );
        phrases.push({ id, stems: name.stems, rarest });
      }
    }
  }
  return { byWord, bySurface, phrases: phraseNames(phrases) };
}

function statedIndex(): StatedIndex {
  stateIndex ??= processWide("skills/stated-index", buildStatedIndex);
  return stateIndex;
}

/**
 * What a résumé states, as scoring reads it: built from the text, or from what a saved profile keeps
 * (the stated known skills, those only its skill lists name, the stems with their segments, the segments
 * in skill lists, the words), with the same answers either way.
 */
export interface ResumeStatements {
  /** Known skills the résumé states (statedSkillIds). */
  stated: ReadonlySet<string>;
  /** Known skills it states outside its skill lists (evidencedSkillIds). */
  evidenced: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  /** The segments (lines, sentences, neighbouring items of a list) a stem stands in, ascending (EvidenceText.segmentsOf). */
  segmentsOf(stem: string): readonly number[] | undefined;
  /** Whether a segment lies in a skill list. */
  inSkillList(segment: number): boolean;
  hasWord(word: string): boolean;
}

/** Whether `category` is a kind of software the technology `id` is (rule V3). */
function isCategoryOf(category: string, id: string): boolean {
  return taxonomy().entries.get(id)?.categories?.includes(category) ?? false;
}

/** The skills with the kinds of software the technologies among them are (rule V3), sorted; `ids` itself when none. */
function withCategories(ids: readonly string[]): readonly string[] {
  const { entries } = taxonomy();
  let added: Set<string> | undefined;
  for (const id of ids) {
    for (const category of entries.get(id)?.categories ?? []) (added ??= new Set(ids)).add(category);
  }
  return added ? [...added].sort() : ids;
}

/** What scoring reads of a text's evidence. */
export function statementsOfEvidence(evidence: EvidenceText): ResumeStatements {
  const named = statedSkillIds(evidence);
  const shown = evidencedSkillIds(evidence, named);
  const stated = withCategories(named);
  const listed = evidence.lists?.segments;
  const statedSet = new Set(stated);
  const evidenced = shown === named ? stated : withCategories(shown);
  return {
    stated: statedSet,
    evidenced: evidenced === stated ? statedSet : new Set(evidenced),
    stems: evidence.stems,
    segmentsOf: (term) => evidence.segmentsOf.get(term),
    inSkillList: (segment) => listed?.has(segment) ?? false,
    hasWord: (word) => evidence.words.has(word),
  };
}

export function statementsOf(text: string): ResumeStatements {
  return statementsOfEvidence(evidenceText(text));
}

/** Whether the résumé states a required skill: known skills by rules V1–V2, unknown ones by V1 or the phrase rule. */
export function statesRequirement(statements: ResumeStatements, skill: string): boolean {
  const { id, known } = canonicalSkill(skill);
  if (known) return statements.stated.has(id);
  return unknownStated(id, statements.hasWord, statements.segmentsOf);
}

/** Where a name stands: the segments holding a quorum of its stems (all of them, for a known skill's name). */
function segmentsHolding(
  segmentsOf: (stem: string) => readonly number[] | undefined,
  stems: readonly string[],
  quorum: number,
): { segment: number; stems: string[] }[] {
  const held = new Map<number, string[]>();
  for (const term of stems) {
    for (const segment of segmentsOf(term) ?? []) {
      const found = held.get(segment);
      if (found) found.push(term);
      else held.set(segment, [term]);
    }
  }
  return [...held].filter(([, found]) => found.length >= quorum).map(([segment, found]) => ({ segment, stems: found }));
}

/**
 * The segments where the skill is named — one of its names whole (an unknown skill's phrase by the phrase
 * rule) — with the stems naming it there. Empty when no name stands in one segment: a skill stated by the
 * kind of software it is, say.
 */
export function segmentsNaming(statements: ResumeStatements, skill: string): { segment: number; stems: string[] }[] {
  const { id, known } = canonicalSkill(skill);
  const stemSets = known
    ? namesOfEntry(id).map((name) => ({ stems: name.stems, quorum: name.stems.length }))
    : alternatives(id.replace(/_/g, " ")).flatMap((phrase) => {
        const name = nameOf(phrase);
        return name ? [{ stems: name.stems, quorum: phraseQuorum(name.stems.length) }] : [];
      });
  return stemSets.flatMap(({ stems, quorum }) => segmentsHolding(statements.segmentsOf, stems, quorum));
}

/** statesRequirement outside the résumé's skill lists: what a list alone cannot show. */
export function evidencesRequirement(statements: ResumeStatements, skill: string): boolean {
  const { id, known } = canonicalSkill(skill);
  if (known) return statements.evidenced.has(id);
  const outsideLists = (term: string | null) => {
    const segments = term === null ? undefined : statements.segmentsOf(term);
    return segments?.filter((segment) => !statements.inSkillList(segment));
  };
  // A word counts where its stem stands outside the lists (the words a profile keeps have no place).
  return unknownStated(
    id,
    (word) => statements.hasWord(word) && (outsideLists(termOf(word))?.length ?? 0) > 0,
    outsideLists,
  );
}
