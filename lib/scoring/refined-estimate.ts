import type { ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import { decodeVector } from "@/lib/embeddings";
import { occupationMatch, semanticSimilarity } from "./features";
import { splitJoined } from "./joined-arrays";
import type { OccupationFit, PreparedJob } from "./prepared";
import { termContribution } from "./model/model";
import { byText } from "./rank-entries";
import { lexicalRelevance, type LexicalCorpus } from "./signals/lexical";
import { occupationFits } from "./stored";

// The database's estimate of a candidate's score, refined with words, occupations and meaning as the score
// has them (lexical relevance, the occupations' similarity and semantic similarity), from a row of résumé
// terms, occupations and vector read for it; and the best of those refined, in an order that does not
// depend on the order the database returned the rows in. The database knows only whether a candidate holds
// one of the job's occupations: the score also weighs how sure each side is of its occupations, and
// related ones (of 20 jobs at 1,000,000 candidates, one's exact first 50 stood 1,402nd deep without it).

export interface EstimatedRow {
  id: string;
  read: boolean;
  stems: string | null;
  counts: string | null;
  length: number;
  embedding: string | null;
  model: string | null;
  occupationCodes: string | null;
  occupationConfidence: string | null;
}

export interface Refined {
  id: string;
  estimate: number;
}

/** Occurrences of the query's terms in a résumé's joined stems and counts: all lexical relevance reads. */
function queryTermCounts(
  query: ReadonlyMap<string, number>,
  stems: string | null,
  counts: string | null,
): Map<string, number> {
  const found = new Map<string, number>();
  const countList = splitJoined(counts);
  splitJoined(stems).forEach((stem, index) => {
    if (query.has(stem)) found.set(stem, countList[index] === undefined ? 1 : Number(countList[index]));
  });
  return found;
}

/** The database's estimate but for its words: the rest, and the occupation's part of it. */
export interface EstimateParts {
  rest: number;
  occupation: number;
}

/** The occupations a row's résumé names, as scoring reads them (none for a résumé not read). */
function occupationsOf(row: EstimatedRow): OccupationFit[] {
  return row.read
    ? occupationFits(splitJoined(row.occupationCodes), splitJoined(row.occupationConfidence).map(Number))
    : [];
}

export function refinedEstimate(
  row: EstimatedRow,
  { rest, occupation }: EstimateParts,
  job: PreparedJob,
  corpus: LexicalCorpus,
  model: Pick<ScoringModelDefinition, "terms">,
): Refined {
  const terms = row.read ? { counts: queryTermCounts(job.query, row.stems, row.counts), length: row.length } : null;
  const stored =
    row.embedding && row.model
      ? { model: row.model, vector: decodeVector(Buffer.from(row.embedding, "base64")) }
      : null;
  const similarity = semanticSimilarity(stored, job.embedding);
  const estimate =
    rest -
    occupation +
    termContribution(model, "occupation_similarity", occupationMatch(job.occupations, occupationsOf(row))) +
    termContribution(model, "lexical_relevance", lexicalRelevance(job.query, terms, corpus)) +
    termContribution(model, "semantic_similarity", similarity);
  return { id: row.id, estimate };
}

/** The best `count` refined estimates; equal estimates go by id, as the ranking's own ties do. */
export function bestRefined(refined: Refined[], count: number): Refined[] {
  return refined.sort((a, b) => b.estimate - a.estimate || byText(a.id, b.id)).slice(0, count);
}
