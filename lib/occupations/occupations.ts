import { buildTitleIndex, matchTitleOrHead, type TitleIndex } from "./title-index";
import type { OccupationData, OccupationRecord } from "./types";
import data from "./occupations.json";

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
  const { occupations, titles } = data as unknown as OccupationData;
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
  loaded ??= load();
  return loaded;
}

// Titles repeat across résumés and jobs ("Software Engineer", "Buyer"): answers are kept, a bounded number.
const MATCH_CACHE_LIMIT = 20_000;
const matchCache = new Map<string, OccupationMatch[]>();

/** The occupations a job title most likely names, best first (none when nothing fits well). */
export function matchOccupations(title: string, limit = 3): OccupationMatch[] {
  const key = `${limit}|${title}`;
  let matches = matchCache.get(key);
  if (!matches) {
    const { list, titles } = occupations();
    matches = matchTitleOrHead(titles, title, limit).map(({ occupation, confidence }) => ({
      code: list[occupation]!.code,
      title: list[occupation]!.title,
      confidence,
    }));
    if (matchCache.size >= MATCH_CACHE_LIMIT) matchCache.clear();
    matchCache.set(key, matches);
  }
  return matches;
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
