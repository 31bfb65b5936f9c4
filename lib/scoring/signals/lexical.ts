import { backgroundFrequencies } from "@/lib/occupations";
import { skillLabel } from "@/lib/skills";
import { countTerms, termsOf } from "@/lib/text/terms";

// Lexical relevance: how well the résumé's words answer the job's (title, requirements, description),
// scored with BM25 (k1 1.2, b 0.75) and divided by the score of an ideal résumé of average length that
// uses every query term as often as counts, so the signal reads 0–1. A term counts at most TERM_CAP times
// (repeating a word buys nothing), and document frequencies come from the candidate pool (lexical-corpus.ts).

export const TERM_CAP = 3;
const K1 = 1.2;
const B = 0.75;
const MAX_DESCRIPTION_TERMS = 200;

export interface LexicalCorpus {
  /** Names the statistics: scores computed with the same version are comparable. */
  version: string;
  documents: number;
  averageLength: number;
  /** Résumés that contain the stem. */
  documentFrequency(term: string): number;
}

export interface ResumeTerms {
  /** Stem → occurrences, at most TERM_CAP. */
  counts: ReadonlyMap<string, number>;
  /** Content terms in the résumé. */
  length: number;
}

export function resumeTerms(stems: readonly string[]): ResumeTerms {
  return { counts: countTerms(stems, TERM_CAP), length: stems.length };
}

/** The job's query: its stems, weighted title 3, requirement 2, description 1 (the highest applies). */
export function jobQuery(job: {
  title: string;
  requirements: readonly string[];
  description?: string;
}): Map<string, number> {
  const query = new Map<string, number>();
  const add = (terms: readonly string[], weight: number) => {
    for (const term of terms) query.set(term, Math.max(weight, query.get(term) ?? 0));
  };
  add([...new Set(termsOf(job.description ?? ""))].slice(0, MAX_DESCRIPTION_TERMS), 1);
  add(
    job.requirements.flatMap((skill) => termsOf(skillLabel(skill))),
    2,
  );
  add(termsOf(job.title), 3);
  return query;
}

function idf(corpus: LexicalCorpus, term: string): number {
  const frequency = Math.min(corpus.documentFrequency(term), corpus.documents);
  return Math.log(1 + (corpus.documents - frequency + 0.5) / (frequency + 0.5));
}

/** BM25 of the résumé for the job's query over the ideal score, 0–1 (0 for a résumé of no words of its own); null without résumé or query. */
export function lexicalRelevance(
  query: ReadonlyMap<string, number>,
  resume: ResumeTerms | null,
  corpus: LexicalCorpus,
): number | null {
  if (!resume || query.size === 0) return null;
  const lengthNorm = 1 - B + (B * resume.length) / Math.max(1, corpus.averageLength);
  let score = 0;
  let ideal = 0;
  for (const [term, weight] of query) {
    const weightedIdf = weight * idf(corpus, term);
    const count = resume.counts.get(term) ?? 0;
    score += (weightedIdf * count * (K1 + 1)) / (count + K1 * lengthNorm);
    ideal += (weightedIdf * TERM_CAP * (K1 + 1)) / (TERM_CAP + K1);
  }
  return ideal === 0 ? null : Math.min(1, score / ideal);
}

/** Document frequencies of work language (lib/occupations), for a pool too small to give its own. */
export function backgroundCorpus(averageLength: number): LexicalCorpus {
  const { documents, frequency } = backgroundFrequencies();
  return {
    version: `background:${averageLength}`,
    documents,
    averageLength,
    documentFrequency: (term) => frequency.get(term) ?? 0,
  };
}
