import { termOf, termsOf } from "@/lib/text/terms";
import { boundedMemo } from "@/lib/util/bounded-memo";
import { processWide } from "@/lib/util/process-wide";
import { readShippedJson } from "@/lib/util/shipped-json";
import {
  buildTitleIndex,
  chooseInContext,
  completedTitleChoices,
  matchTitleOrHead,
  titleChoices,
  type TitleIndex,
} from "./title-index";
import type { OccupationData, OccupationRecord } from "./types";

// Occupations (O*NET 29.2, with ESCO titles) at run time: which occupations a title names, what an
// occupation needs, and how close two occupations are.

export interface OccupationMatch {
  code: string;
  title: string;
  confidence: number;
}

interface Loaded {
  list: readonly OccupationRecord[];
  byCode: ReadonlyMap<string, number>;
  titles: TitleIndex;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  const { occupations, titles } = readShippedJson<OccupationData>("lib/occupations/occupations.json");
  const entries: [string, number, number][] = [];
  for (const [title, pairs] of titles) {
    for (let position = 0; position < pairs.length; position += 2)
      entries.push([title, pairs[position]!, pairs[position + 1]!]);
  }
  return {
    list: occupations,
    byCode: new Map(occupations.map((occupation, position) => [occupation.code, position])),
    titles: buildTitleIndex(entries),
  };
}

function occupations(): Loaded {
  loaded ??= processWide("occupations", load);
  return loaded;
}

// Titles repeat across résumés and jobs ("Software Engineer", "Buyer"): answers are kept, a bounded number.
const MATCH_CACHE_LIMIT = 20_000;

const titleAlone = boundedMemo(
  MATCH_CACHE_LIMIT,
  ({ title, limit }: { title: string; limit: number }) => {
    const { list, titles } = occupations();
    return matchTitleOrHead(titles, title, limit).map(toMatch(list));
  },
  ({ title, limit }) => `${limit}|${title}`,
);

// What the words around a title are weighed against, once per title: the occupations it may name, whether
// they are two or more, and the title's own stems.
const choicesOf = boundedMemo(MATCH_CACHE_LIMIT, (title: string) => {
  const choices = titleChoices(occupations().titles, title);
  return {
    choices,
    several: new Set(choices.map((choice) => choice.occupation)).size >= 2,
    own: new Set(termsOf(title)),
  };
});

/**
 * How far the words around a title move the choice: by how much of an occupation's distinguishing work
 * (its work terms, weighted) they say, as a cosine, so a posting's long text and a role's few lines weigh
 * alike. Words clearly about one occupation (a cosine of about 0.1) count as much as e² times the sources:
 * a building site makes a "Site Manager" a construction manager although more sources name wind farm
 * managers so. A context of a few words is no surer than one of SHORT_CONTEXT stems.
 */
const FIT_SCALE = 20;
const SHORT_CONTEXT = 20;

// A résumé role's pieces are tried one after another with the same lines around them: stemmed once.
const stemsAround = boundedMemo(1, (text: string): ReadonlySet<string> => new Set(termsOf(text)));

/**
 * The choice the words around a title make among the occupations it may name, or null when they say
 * nothing that tells them apart. The title's own words are not evidence: they are the same for all. The
 * context chooses, it does not make surer: no more confidence than the title alone gives (`cap`).
 */
function readInContext(
  title: string,
  around: string,
  limit: number,
  alone: readonly OccupationMatch[],
): OccupationMatch[] | null {
  const cap = alone[0]!.confidence;
  const { list, titles } = occupations();
  // A title the sources file under several occupations alike ("Administrator", "Coordinator") is also
  // completed by the words around it: the titles with its head word whose other words they say.
  const completes = alone.length > 1 && alone[1]!.confidence === cap;
  const { choices: named, several, own } = choicesOf(title);
  if (!several && !completes) return null;
  const stems = stemsAround(around);
  const said = [...stems].filter((term) => !own.has(term)).length;
  if (said === 0) return null;
  const choices = completes ? [...named, ...completedTitleChoices(titles, title, stems)] : named;
  if (!several && new Set(choices.map((choice) => choice.occupation)).size < 2) return null;
  const fits = new Map<number, number>();
  for (const { occupation } of choices) {
    if (fits.has(occupation)) continue;
    let shared = 0;
    let norm = 0;
    for (const [term, weight] of list[occupation]!.terms) {
      norm += weight * weight;
      if (stems.has(term) && !own.has(term)) shared += weight;
    }
    fits.set(occupation, norm > 0 ? (FIT_SCALE * shared) / Math.sqrt(norm * (said + SHORT_CONTEXT)) : 0);
  }
  if (![...fits.values()].some((fit) => fit > 0)) return null;
  const says = (word: string) => {
    const term = termOf(word);
    return term !== null && stems.has(term);
  };
  return chooseInContext(choices, (occupation) => fits.get(occupation)!, says, limit).map((match) =>
    toMatch(list)({ ...match, confidence: Math.min(cap, match.confidence) }),
  );
}

const toMatch =
  (list: readonly OccupationRecord[]) =>
  ({ occupation, confidence }: { occupation: number; confidence: number }): OccupationMatch => ({
    code: list[occupation]!.code,
    title: list[occupation]!.title,
    confidence,
  });

/**
 * The occupations a title most likely names, best first (none when nothing fits well). `around`, the text
 * the title stands in — a posting's description and requirements, a résumé role's own lines — chooses
 * among the occupations the title and titles like it name, the same way for a job and a résumé: a
 * "Care Assistant" who helps residents wash and dress is a personal care aide, not an animal caretaker.
 * Without it, or when it tells them nothing apart, the title alone decides.
 */
export function matchOccupations(title: string, limit = 3, around?: string): OccupationMatch[] {
  const alone = titleAlone({ title, limit });
  if (!around || alone.length === 0) return alone;
  const chosen = readInContext(title, around, limit, alone);
  if (!chosen) return alone;
  // What the title alone names stays beside the context's choice, as sure as before: the words around a
  // title add a reading, they do not take one away, on either side.
  return [...chosen, ...alone.filter((match) => !chosen.some((other) => other.code === match.code))];
}

export function occupation(code: string): OccupationRecord | undefined {
  const { list, byCode } = occupations();
  const position = byCode.get(code);
  return position === undefined ? undefined : list[position];
}

const TIER_SIMILARITY: Record<number, number> = { 1: 0.8, 2: 0.7, 3: 0.55 };

function groupSimilarity(a: string, b: string): number {
  // SOC codes: "13-1023.00" — detailed occupation 13-1023, broad group 13-102, minor 13-10, major 13.
  if (a.slice(0, 7) === b.slice(0, 7)) return 0.9;
  if (a.slice(0, 6) === b.slice(0, 6)) return 0.6;
  if (a.slice(0, 5) === b.slice(0, 5)) return 0.4;
  if (a.slice(0, 2) === b.slice(0, 2)) return 0.2;
  return 0;
}

function skillOverlap(a: OccupationRecord, b: OccupationRecord): number {
  if (a.skills.length === 0 || b.skills.length === 0) return 0;
  const other = new Set(b.skills);
  const shared = a.skills.filter((skill) => other.has(skill)).length;
  return shared / (a.skills.length + b.skills.length - shared);
}

/**
 * How close two occupations are, 0–1: the same occupation 1; O*NET's related occupations by tier
 * (0.8, 0.7, 0.55); the same SOC group (detailed 0.9, broad 0.6, minor 0.4, major 0.2); and, whatever
 * the codes, the share of skills their work has in common. The largest of these.
 */
export function occupationSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const first = occupation(a);
  const second = occupation(b);
  if (!first || !second) return 0;
  const { byCode } = occupations();
  const positionB = byCode.get(b)!;
  const positionA = byCode.get(a)!;
  const tier = Math.min(
    first.related.find(([position]) => position === positionB)?.[1] ?? 9,
    second.related.find(([position]) => position === positionA)?.[1] ?? 9,
  );
  return Math.max(TIER_SIMILARITY[tier] ?? 0, groupSimilarity(a, b), skillOverlap(first, second));
}
