import { termOf } from "@/lib/text/terms";
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

/**
 * The known titles, numbered, in flat arrays: an object, a Map of occupations and an array of words for
 * each of the 60,000 titles took 38 MB of heap.
 */
export interface TitleIndex {
  /** The number of each known title by its words joined. */
  exact: Map<string, number>;
  count: number;
  /** The words of title t: words from wordStart[t] up to wordStart[t + 1], each distinct word kept once. */
  wordStart: Int32Array;
  words: readonly string[];
  /** The IDF weight of each title's distinct words together (weightOfWords). */
  weights: Float64Array;
  /**
   * The occupations of title t, with how authoritative its sources are, summed (higher wins), as first
   * named: from pairStart[t] up to pairStart[t + 1] in pairOccupations and pairWeights.
   */
  pairStart: Int32Array;
  pairOccupations: Int32Array;
  pairWeights: Float64Array;
  postings: Map<string, number[]>;
  idf: Map<string, number>;
}

export function buildTitleIndex(
  entries: Iterable<readonly [title: string, occupation: number, weight: number]>,
): TitleIndex {
  const known = new Map<string, { stems: string[]; occupations: Map<number, number> }>();
  for (const [title, occupation, weight] of entries) {
    const stems = titleStems(title);
    if (stems.length === 0) continue;
    const key = stems.join(" ");
    const found = known.get(key) ?? { stems, occupations: new Map() };
    // Sources that agree add up: "solicitor" is a lawyer in O*NET and ESCO, a telemarketer in O*NET alone.
    found.occupations.set(occupation, weight + (found.occupations.get(occupation) ?? 0));
    known.set(key, found);
  }
  const titles = [...known.values()];
  const exact = new Map<string, number>();
  const interned = new Map<string, string>();
  const words: string[] = [];
  const wordStart = new Int32Array(titles.length + 1);
  const pairStart = new Int32Array(titles.length + 1);
  const pairs: [number, number][] = [];
  const postings = new Map<string, number[]>();
  [...known.keys()].forEach((key, position) => exact.set(key, position));
  titles.forEach(({ stems, occupations }, position) => {
    for (const word of stems) words.push(interned.get(word) ?? (interned.set(word, word), word));
    wordStart[position + 1] = words.length;
    pairs.push(...occupations);
    pairStart[position + 1] = pairs.length;
    for (const term of new Set(stems)) {
      const list = postings.get(term) ?? [];
      list.push(position);
      postings.set(term, list);
    }
  });
  const idf = new Map<string, number>();
  for (const [term, list] of postings) {
    idf.set(term, Math.log(1 + titles.length / list.length));
    // Arrays grown by push keep room to grow: copied, they hold only what they hold.
    postings.set(term, list.slice());
  }
  const index: TitleIndex = {
    exact,
    count: titles.length,
    wordStart,
    words: words.slice(),
    weights: new Float64Array(titles.length),
    pairStart,
    pairOccupations: Int32Array.from(pairs, ([occupation]) => occupation),
    pairWeights: Float64Array.from(pairs, ([, weight]) => weight),
    postings,
    idf,
  };
  titles.forEach(({ stems }, position) => (index.weights[position] = weightOfWords(index, stems)));
  return index;
}

/** The words of a known title. */
const wordsOf = (index: TitleIndex, title: number) =>
  index.words.slice(index.wordStart[title], index.wordStart[title + 1]);

/** A known title's occupations with their weights, as first named. */
function occupationWeights(index: TitleIndex, title: number): [occupation: number, weight: number][] {
  const pairs: [number, number][] = [];
  for (let at = index.pairStart[title]!; at < index.pairStart[title + 1]!; at++)
    pairs.push([index.pairOccupations[at]!, index.pairWeights[at]!]);
  return pairs;
}

/** The weight of a known title's surest source. */
function bestWeight(index: TitleIndex, title: number): number {
  let best = -Infinity;
  for (let at = index.pairStart[title]!; at < index.pairStart[title + 1]!; at++)
    best = Math.max(best, index.pairWeights[at]!);
  return best;
}

// An occupation's own title is surer than a title incumbents report, and that than an alternate title.
const SOURCE_CONFIDENCE: Record<number, number> = { 3: 1, 2: 0.9, 1: 0.8 };

/** The occupations of a known title, best first, each with confidence `similarity` shared by ties. */
function occupationsOf(index: TitleIndex, title: number, similarity: number): TitleMatch[] {
  const best = bestWeight(index, title);
  const top = occupationWeights(index, title)
    .filter(([, weight]) => weight === best)
    .map(([occupation]) => occupation);
  const share = (similarity * (SOURCE_CONFIDENCE[Math.min(best, 3)] ?? 0.8)) / Math.sqrt(top.length);
  return top.sort((a, b) => a - b).map((occupation) => ({ occupation, confidence: share }));
}

const MIN_SIMILARITY = 0.5;
const MIN_COVERAGE = 0.7;

const idfOf = (index: TitleIndex, term: string) => index.idf.get(term) ?? Math.log(1 + index.count);

/** The IDF weight of a title's distinct words together. */
const weightOfWords = (index: TitleIndex, words: Iterable<string>) =>
  [...new Set(words)].reduce((sum, term) => sum + idfOf(index, term), 0);

/** Known titles that say most of what the title says, most similar first (IDF-weighted Dice). */
function similarTitles(index: TitleIndex, stems: readonly string[]): { position: number; similarity: number }[] {
  const weightOf = (term: string) => idfOf(index, term);
  const queryTerms = [...new Set(stems)];
  const queryWeight = weightOfWords(index, queryTerms);
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
    const titleWeight = index.weights[position]!;
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
  if (known !== undefined) return occupationsOf(index, known, 1).slice(0, limit);
  const [closest] = similarTitles(index, stems);
  return closest ? occupationsOf(index, closest.position, closest.similarity).slice(0, limit) : [];
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
  const similar = isSettled(index, known) ? [] : similarTitles(index, stems).slice(0, CONTEXT_TITLES);
  const titles = similar.map(({ position, similarity }) => ({ title: position, similarity }));
  if (known !== undefined && !titles.some((candidate) => candidate.title === known))
    titles.push({ title: known, similarity: 1 });
  return choicesOf(index, titles, stems);
}

/** A title an occupation or its incumbents use: it stays among its own occupations. */
const isSettled = (index: TitleIndex, known: number | undefined) => known !== undefined && bestWeight(index, known) > 1;

/** The known titles of one head word: each with its words' terms, and the titles by each other word's term. */
interface HeadTitles {
  byTerm: Map<string, number[]>;
  wordTerms: Map<number, (string | null)[]>;
}

const headTitles = new WeakMap<TitleIndex, Map<string, HeadTitles>>();

/** The known titles of two words or more that end in `head`, read on first use and kept. */
function titlesOfHead(index: TitleIndex, head: string): HeadTitles {
  let heads = headTitles.get(index);
  if (!heads) headTitles.set(index, (heads = new Map()));
  let found = heads.get(head);
  if (found) return found;
  found = { byTerm: new Map(), wordTerms: new Map() };
  for (const position of index.postings.get(head) ?? []) {
    const stems = wordsOf(index, position);
    if (stems.length < 2 || stems.at(-1) !== head) continue;
    const terms = stems.map(termOf);
    found.wordTerms.set(position, terms);
    for (const term of new Set(terms.slice(0, -1))) {
      if (term === null) continue;
      const list = found.byTerm.get(term) ?? [];
      list.push(position);
      found.byTerm.set(term, list);
    }
  }
  heads.set(head, found);
  return found;
}

/**
 * More choices for a title, from the terms of its context: the known titles with the same head word whose
 * other words the title or its context all say — "Coordinator" who books hauliers and tracks shipments may
 * be a "freight coordinator", an "Administrator" who runs the payroll a "payroll administrator". Each is
 * as likely as its sources and its likeness to the title make it (chooseInContext).
 */
export function completedTitleChoices(index: TitleIndex, title: string, context: ReadonlySet<string>): TitleChoice[] {
  const stems = titleStems(title);
  if (stems.length === 0) return [];
  const own = new Set(stems);
  const { byTerm, wordTerms } = titlesOfHead(index, stems.at(-1)!);
  const found = new Set<number>();
  for (const term of context) for (const position of byTerm.get(term) ?? []) found.add(position);
  const completions: { title: number; similarity: number }[] = [];
  for (const position of found) {
    const words = wordsOf(index, position);
    const terms = wordTerms.get(position)!;
    const said = words.every((word, at) => {
      const term = terms[at];
      return own.has(word) || (term != null && context.has(term));
    });
    if (said && words.some((word) => !own.has(word)))
      completions.push({ title: position, similarity: titleSimilarity(index, stems, words) });
  }
  return choicesOf(index, completions, stems);
}

/** IDF-weighted Dice of two titles' words. */
function titleSimilarity(index: TitleIndex, a: readonly string[], b: readonly string[]): number {
  const inB = new Set(b);
  const shared = weightOfWords(
    index,
    a.filter((term) => inB.has(term)),
  );
  return (2 * shared) / (weightOfWords(index, a) + weightOfWords(index, b));
}

function choicesOf(
  index: TitleIndex,
  titles: { title: number; similarity: number }[],
  stems: readonly string[],
): TitleChoice[] {
  const own = new Set(stems);
  return titles.flatMap(({ title, similarity }) => {
    const words = wordsOf(index, title);
    // An acronym of its own words ("personal care assistant pca") says nothing more.
    const initials = words.map((word) => word[0]).join("");
    const extraWords = [
      ...new Set(words.filter((word) => !own.has(word) && !(word.length >= 3 && initials.includes(word)))),
    ];
    return occupationWeights(index, title).map(([occupation, weight]) => ({
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
 * occupations, each as sure as the surest known title that names it, ties sharing that confidence.
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
    // An occupation ranks by its likeliest reading and is as sure as its surest.
    const seen = best.get(occupation);
    best.set(occupation, {
      rank: Math.max(rank, seen?.rank ?? -Infinity),
      confidence: Math.max(confidence, seen?.confidence ?? 0),
    });
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
    if (known !== undefined) return occupationsOf(index, known, HEAD_NOUN_CONFIDENCE ** start).slice(0, limit);
  }
  return [];
}
