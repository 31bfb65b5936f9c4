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

/**
 * What the words around a title can do to the choice among the occupations the title names: a log-linear
 * choice, each occupation's title weight (how many sources name it so) as the prior and the context's fit
 * as evidence. One distinctive word shared (a fit of about 10: rarity ~5 at the weight of a requirement)
 * counts as much as e ≈ 2.7 times the sources, so a posting about building sites makes a "Site Manager"
 * a construction manager although more sources name wind farm managers so. No context decides nothing.
 */
const FIT_SCALE = 0.1;

/** How well an occupation fits the words around a title, 0 (nothing in common) and up. */
export type ContextFit = (occupation: number) => number;

/**
 * The words around a title: how well each occupation fits them, and whether they say a word (a title's
 * word, as a search term), so that a similar known title's extra words count against it unless the
 * posting says them ("ambulance emergency care assistant" is not what a care home's "Care Assistant" is).
 */
export interface TitleContext {
  fit: ContextFit;
  says: (word: string) => boolean;
}

/** The occupations of a known title, best first, each with confidence `similarity` shared by ties. */
function occupationsOf(known: KnownTitle, similarity: number): TitleMatch[] {
  return occupationsInContext([{ known, similarity }]);
}

/**
 * The best occupations among those the candidate titles name, each (title, occupation) ranked by its
 * sources and similarity and, with a context, by its fit; confidence as the chosen title gives it, shared
 * by ties.
 */
function occupationsInContext(
  candidates: readonly { known: KnownTitle; similarity: number; unsaid?: number }[],
  fit?: ContextFit,
): TitleMatch[] {
  const best = new Map<number, { rank: number; confidence: number }>();
  for (const { known, similarity, unsaid = 0 } of candidates) {
    for (const [occupation, weight] of known.occupations) {
      const rank = Math.log(weight * similarity) - unsaid + FIT_SCALE * (fit?.(occupation) ?? 0);
      const confidence = similarity * (SOURCE_CONFIDENCE[Math.min(weight, 3)] ?? 0.8);
      const seen = best.get(occupation);
      if (!seen || rank > seen.rank) best.set(occupation, { rank, confidence });
    }
  }
  const topRank = Math.max(...[...best.values()].map((entry) => entry.rank));
  const top = [...best].filter(([, entry]) => entry.rank === topRank).sort((a, b) => a[0] - b[0]);
  return top.map(([occupation, { confidence }]) => ({ occupation, confidence: confidence / Math.sqrt(top.length) }));
}

const MIN_SIMILARITY = 0.5;
const MIN_COVERAGE = 0.7;
// Known titles a context may choose among: the most similar ones.
const CONTEXT_TITLES = 50;

/** Known titles that say most of what the title says, most similar first (IDF-weighted Dice). */
function similarTitles(index: TitleIndex, stems: readonly string[]): { position: number; similarity: number }[] {
  const weightOf = (term: string) => index.idf.get(term) ?? Math.log(1 + index.titles.length);
  const queryTerms = [...new Set(stems)];
  const queryWeight = queryTerms.reduce((sum, term) => sum + weightOf(term), 0);
  const shared = new Map<number, number>();
  for (const term of queryTerms) {
    for (const position of index.postings.get(term) ?? []) {
      shared.set(position, (shared.get(position) ?? 0) + weightOf(term));
    }
  }
  const similar: { position: number; similarity: number }[] = [];
  for (const [position, overlap] of shared) {
    // Most of what the query says must be in the known title ("head of sales" is not "camera head").
    if (overlap < MIN_COVERAGE * queryWeight) continue;
    const titleWeight = [...new Set(index.titles[position]!.stems)].reduce((sum, term) => sum + weightOf(term), 0);
    const similarity = (2 * overlap) / (queryWeight + titleWeight);
    if (similarity >= MIN_SIMILARITY) similar.push({ position, similarity });
  }
  return similar.sort((a, b) => b.similarity - a.similarity || a.position - b.position);
}

/**
 * The occupations a title names: its known title's, else the most similar known title's. With a context,
 * the occupations of the similar known titles compete too ("Care Assistant" is filed only under animal
 * caretakers; a posting about residents' personal care finds personal care aides through "personal care
 * assistant").
 */
export function matchTitle(index: TitleIndex, title: string, limit = 3, context?: TitleContext): TitleMatch[] {
  const stems = titleStems(title);
  if (stems.length === 0) return [];
  const known = index.exact.get(titleKey(title));
  if (known && !context) return occupationsOf(known, 1).slice(0, limit);
  const similar = similarTitles(index, stems);
  const [closest] = similar;
  const alone = known
    ? occupationsOf(known, 1)
    : closest
      ? occupationsOf(index.titles[closest.position]!, closest.similarity)
      : [];
  if (!context || alone.length === 0) return alone.slice(0, limit);
  const own = new Set(stems);
  const candidates = similar.slice(0, CONTEXT_TITLES).map(({ position, similarity }) => {
    const candidate = index.titles[position]!;
    const unsaid = candidate.stems.filter((word) => !own.has(word) && !context.says(word)).length;
    return { known: candidate, similarity, unsaid };
  });
  if (known && !candidates.some((candidate) => candidate.known === known))
    candidates.push({ known, similarity: 1, unsaid: 0 });
  // What the title alone names stays a reading beside the context's choice, as sure as before: a résumé's
  // role, read by its title alone, meets the job as it did ("Sales Executive" stays a sales manager too).
  const chosen = occupationsInContext(candidates, context.fit).slice(0, limit);
  const aloneToo = alone
    .slice(0, limit)
    .filter((match) => !chosen.some((other) => other.occupation === match.occupation));
  return [...chosen, ...aloneToo];
}

// A title no known title resembles, named by its last nouns ("Management Accountant" is an accountant).
const HEAD_NOUN_CONFIDENCE = 0.8;

/**
 * As matchTitle; a title of plain words it cannot place is matched by its head: the known title its last
 * words are exactly, less surely. Titles with function words ("Head of Sales") are not cut: their head is
 * not last; nor are heads matched loosely ("PGCE Primary" is not a "primary mill operator").
 */
export function matchTitleOrHead(index: TitleIndex, title: string, limit = 3, context?: TitleContext): TitleMatch[] {
  const matches = matchTitle(index, title, limit, context);
  const stems = titleStems(title);
  if (matches.length > 0 || stems.length !== title.trim().split(/\s+/).length) return matches;
  for (let start = 1; start < stems.length; start++) {
    const known = index.exact.get(stems.slice(start).join(" "));
    if (known)
      return occupationsInContext([{ known, similarity: HEAD_NOUN_CONFIDENCE ** start }], context?.fit).slice(0, limit);
  }
  return [];
}
