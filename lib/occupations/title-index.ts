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

/** The occupations a title names: its known title's, else the most similar known title's. */
export function matchTitle(index: TitleIndex, title: string, limit = 3): TitleMatch[] {
  const stems = titleStems(title);
  if (stems.length === 0) return [];
  const known = index.exact.get(titleKey(title));
  if (known) return occupationsOf(known, 1).slice(0, limit);
  const [closest] = similarTitles(index, stems);
  return closest ? occupationsOf(index.titles[closest.position]!, closest.similarity).slice(0, limit) : [];
}

/**
 * One occupation a title may name in context, through a known title like it: `prior` (log of its sources'
 * weight times the titles' similarity), the confidence that known title gives, and the words it says
 * beyond the title ("personal" of "personal care assistant"), which count against it unless the context
 * says them.
 */
export interface TitleChoice {
  occupation: number;
  prior: number;
  confidence: number;
  extraWords: readonly string[];
}

// Known titles whose occupations a title's context may choose among: the most similar ones.
const CONTEXT_TITLES = 50;

/**
 * What the context may choose among for a title the sources know or resemble: the occupations of its
 * known title and, when only alternate titles file it (weight 1: the looser list that sends common
 * titles astray) or none does, those of the known titles most like it ("Care Assistant" is filed only
 * under animal caretakers; "personal care assistant" names personal care aides). A title an occupation
 * or its incumbents use ("Software Engineer") stays among its own occupations. None for a title they do
 * not place.
 */
export function titleChoices(index: TitleIndex, title: string): TitleChoice[] {
  const stems = titleStems(title);
  if (stems.length === 0) return [];
  const known = index.exact.get(titleKey(title));
  const settled = known !== undefined && Math.max(...known.occupations.values()) > 1;
  const similar = settled ? [] : similarTitles(index, stems).slice(0, CONTEXT_TITLES);
  const own = new Set(stems);
  const titles = similar.map(({ position, similarity }) => ({ known: index.titles[position]!, similarity }));
  if (known && !titles.some((candidate) => candidate.known === known)) titles.push({ known, similarity: 1 });
  return titles.flatMap(({ known: candidate, similarity }) => {
    // An acronym of its own words ("personal care assistant pca") says nothing more.
    const initials = candidate.stems.map((word) => word[0]).join("");
    const extraWords = [
      ...new Set(candidate.stems.filter((word) => !own.has(word) && !(word.length >= 3 && initials.includes(word)))),
    ];
    return [...candidate.occupations].map(([occupation, weight]) => ({
      occupation,
      prior: Math.log(weight * similarity),
      confidence: similarity * (SOURCE_CONFIDENCE[Math.min(weight, 3)] ?? 0.8),
      extraWords,
    }));
  });
}

/**
 * The words around a title can shift the choice among the occupations it may name: a log-linear choice,
 * the sources as prior, each extra word of a known title the context does not say costing as much as e
 * times the sources, and the context's fit (in nats, see occupations.ts) as evidence. The best
 * occupations, ties sharing the confidence the chosen known title gives.
 */
export function chooseInContext(
  choices: readonly TitleChoice[],
  fit: (occupation: number) => number,
  says: (word: string) => boolean,
  limit = 3,
): TitleMatch[] {
  const best = new Map<number, { rank: number; confidence: number }>();
  for (const { occupation, prior, confidence, extraWords } of choices) {
    const unsaid = extraWords.filter((word) => !says(word)).length;
    const rank = prior - unsaid + fit(occupation);
    const seen = best.get(occupation);
    if (!seen || rank > seen.rank || (rank === seen.rank && confidence > seen.confidence))
      best.set(occupation, { rank, confidence });
  }
  const topRank = Math.max(...[...best.values()].map((entry) => entry.rank));
  const top = [...best].filter(([, entry]) => entry.rank === topRank).sort((a, b) => a[0] - b[0]);
  return top
    .slice(0, limit)
    .map(([occupation, { confidence }]) => ({ occupation, confidence: confidence / Math.sqrt(top.length) }));
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
