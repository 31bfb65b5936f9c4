import { titleKey, titleStems } from "./title";

// Finds the occupations a job title names, among tens of thousands of known titles: the exact title
// (stems in order) first, else the known titles sharing the most informative words, scored by
// IDF-weighted Dice overlap. A title known for several occupations is less certain than one known for
// one. Used at build time (mapping ESCO titles onto O*NET) and at run time.

export interface TitleMatch {
  /** Index of the occupation in the list the index was built over. */
  occupation: number;
  /** 0–1: how surely the title names this occupation. */
  confidence: number;
}

interface KnownTitle {
  stems: string[];
  /** Occupations the title names, with how authoritative its sources are, summed (higher wins). */
  occupations: Map<number, number>;
}

export interface TitleIndex {
  exact: Map<string, KnownTitle>;
  titles: KnownTitle[];
  postings: Map<string, number[]>;
  idf: Map<string, number>;
}

export function buildTitleIndex(
  entries: Iterable<readonly [title: string, occupation: number, weight: number]>,
): TitleIndex {
  const exact = new Map<string, KnownTitle>();
  for (const [title, occupation, weight] of entries) {
    const stems = titleStems(title);
    if (stems.length === 0) continue;
    const key = stems.join(" ");
    const known = exact.get(key) ?? { stems, occupations: new Map() };
    // Sources that agree add up: "solicitor" is a lawyer in O*NET and ESCO, a telemarketer in O*NET alone.
    known.occupations.set(occupation, weight + (known.occupations.get(occupation) ?? 0));
    exact.set(key, known);
  }
  const titles = [...exact.values()];
  const postings = new Map<string, number[]>();
  titles.forEach((known, position) => {
    for (const term of new Set(known.stems)) {
      const list = postings.get(term) ?? [];
      list.push(position);
      postings.set(term, list);
    }
  });
  const idf = new Map<string, number>();
  for (const [term, list] of postings) idf.set(term, Math.log(1 + titles.length / list.length));
  return { exact, titles, postings, idf };
}

// An occupation's own title is surer than a title incumbents report, and that than an alternate title.
const SOURCE_CONFIDENCE: Record<number, number> = { 3: 1, 2: 0.9, 1: 0.8 };

/** The occupations of a known title, best first, each with confidence `similarity` shared by ties. */
function occupationsOf(known: KnownTitle, similarity: number): TitleMatch[] {
  const best = Math.max(...known.occupations.values());
  const top = [...known.occupations].filter(([, weight]) => weight === best).map(([occupation]) => occupation);
  const share = (similarity * (SOURCE_CONFIDENCE[Math.min(best, 3)] ?? 0.8)) / Math.sqrt(top.length);
  return top.sort((a, b) => a - b).map((occupation) => ({ occupation, confidence: share }));
}

const MIN_SIMILARITY = 0.5;
const MIN_COVERAGE = 0.7;

export function matchTitle(index: TitleIndex, title: string, limit = 3): TitleMatch[] {
  const stems = titleStems(title);
  if (stems.length === 0) return [];
  const known = index.exact.get(titleKey(title));
  if (known) return occupationsOf(known, 1).slice(0, limit);
  const weightOf = (term: string) => index.idf.get(term) ?? Math.log(1 + index.titles.length);
  const queryTerms = [...new Set(stems)];
  const queryWeight = queryTerms.reduce((sum, term) => sum + weightOf(term), 0);
  const shared = new Map<number, number>();
  for (const term of queryTerms) {
    for (const position of index.postings.get(term) ?? []) {
      shared.set(position, (shared.get(position) ?? 0) + weightOf(term));
    }
  }
  let best: { position: number; similarity: number } | null = null;
  for (const [position, overlap] of shared) {
    const candidate = index.titles[position]!;
    const titleWeight = [...new Set(candidate.stems)].reduce((sum, term) => sum + weightOf(term), 0);
    // Most of what the query says must be in the known title ("head of sales" is not "camera head").
    if (overlap < MIN_COVERAGE * queryWeight) continue;
    const similarity = (2 * overlap) / (queryWeight + titleWeight);
    if (!best || similarity > best.similarity || (similarity === best.similarity && position < best.position)) {
      best = { position, similarity };
    }
  }
  if (!best || best.similarity < MIN_SIMILARITY) return [];
  return occupationsOf(index.titles[best.position]!, best.similarity).slice(0, limit);
}

// A title no known title resembles, named by its last nouns ("Management Accountant" is an accountant).
const HEAD_NOUN_CONFIDENCE = 0.8;

/**
 * As matchTitle; a title of plain words it cannot place is matched by its head: the known title its last
 * words are exactly, less surely. Titles with function words ("Head of Sales") are not cut: their head is
 * not last; nor are heads matched loosely ("PGCE Primary" is not a "primary mill operator").
 */
export function matchTitleOrHead(index: TitleIndex, title: string, limit = 3): TitleMatch[] {
  const matches = matchTitle(index, title, limit);
  const stems = titleStems(title);
  if (matches.length > 0 || stems.length !== title.trim().split(/\s+/).length) return matches;
  for (let start = 1; start < stems.length; start++) {
    const known = index.exact.get(stems.slice(start).join(" "));
    if (known) return occupationsOf(known, HEAD_NOUN_CONFIDENCE ** start).slice(0, limit);
  }
  return [];
}
