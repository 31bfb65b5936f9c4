import "server-only";
import type { SeniorityLevel } from "@/lib/vocabulary/levels";
import type { NumericSignalName } from "@/lib/vocabulary/signals";
import type { ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import { dbDriver } from "@/lib/db";
import { cosineSimilarity, decodeVector } from "@/lib/embeddings";
import type { PreparedJob } from "./prepared";
import { termContribution } from "./model/model";
import { lexicalRelevance, type LexicalCorpus } from "./signals/lexical";

// Which stored candidates are worth scoring exactly for a job. The retrieval index (one GIN index over the
// skill, occupation and stem columns, prisma/schema.prisma) finds everyone who uses one of the job's most
// telling words (as many as the budget's résumés allow), lists or states one of its skills, or names one of
// its occupations; the database orders them by an estimate of their score from the same columns (the
// model's own weights on the words, skills and occupations each one has). The best `estimated` come back
// with their résumé terms and vectors, the estimate takes lexical relevance and similarity exactly, and the
// best `candidates` are scored in full. Exactness of the first rows is checked, not proven: see
// retrieval.own-db.test.ts and bench:rank.

export interface RetrievalBudget {
  /** Pools up to this size are scored whole. */
  wholePoolUpTo: number;
  /** How many résumés the looked-up words may find (by their document frequencies): the rows estimated. */
  lookedUp: number;
  /** How many candidates, best estimated in the database first, have their meaning compared. */
  estimated: number;
  /** How many of those, best first, are scored exactly. */
  candidates: number;
}

export const DEFAULT_BUDGET: RetrievalBudget = {
  wholePoolUpTo: 5_000,
  lookedUp: 100_000,
  estimated: 10_000,
  candidates: 3_000,
};

const SEPARATOR = "\u001f";
// How many of the job's words are looked up: the most telling ones, by query weight times rarity.
const TERMS = 16;
// The skills the occupation-evidence signal looks for (features.ts checks the occupation's first 15).
const OCCUPATION_SKILLS = 15;

/** The job's most telling words that résumés use, each with its share of the query's weight (weight × rarity). */
export function telltaleTerms(
  query: ReadonlyMap<string, number>,
  corpus: LexicalCorpus,
): { term: string; share: number; frequency: number }[] {
  const documents = Math.max(1, corpus.documents);
  const weighed = [...query].map(([term, weight]) => {
    const frequency = corpus.documentFrequency(term);
    return { term, frequency, value: weight * Math.log((documents + 1) / (frequency + 1)) };
  });
  const total = weighed.reduce((sum, { value }) => sum + value, 0) || 1;
  weighed.sort((a, b) => b.value - a.value || (a.term < b.term ? -1 : 1));
  // A word (almost) no résumé uses finds nobody: looking it up would only cost.
  const found = weighed.filter(({ frequency }) => frequency > 0);
  return found.slice(0, TERMS).map(({ term, value, frequency }) => ({ term, share: value / total, frequency }));
}

/** As semantic_similarity compares (features.ts): only vectors of the same model and size, else unknown. */
function similarityTo(job: PreparedJob["embedding"], model: string, base64: string): number | null {
  const vector = decodeVector(new Uint8Array(Buffer.from(base64, "base64")));
  return job && job.model === model && job.vector.length === vector.length
    ? cosineSimilarity(job.vector, vector)
    : null;
}

/** Ids of the candidates to score for the job, optionally of one seniority only. */
export async function retrieveCandidateIds({
  job,
  corpus,
  model,
  poolSize,
  seniority,
  budget = DEFAULT_BUDGET,
}: {
  job: PreparedJob;
  corpus: LexicalCorpus;
  model: Pick<ScoringModelDefinition, "terms">;
  poolSize: number;
  seniority?: SeniorityLevel;
  budget?: RetrievalBudget;
}): Promise<string[]> {
  const params: unknown[] = [seniority ?? null];
  const param = (value: unknown, type: string) => `$${params.push(value)}::${type}`;
  const ofLevel = `($1::text IS NULL OR "seniority" = $1)`;
  if (poolSize <= budget.wholePoolUpTo) {
    const rows = await dbDriver().query<{ id: string }>(`SELECT "id" FROM "Candidate" WHERE ${ofLevel}`, params);
    return rows.map((row) => row.id);
  }
  const estimate = databaseEstimate(job, corpus, model, budget.lookedUp, param);
  // The estimate is computed and sorted on narrow rows; only the best come back with résumé terms and vectors.
  const rows = await dbDriver().query<EstimatedRow>(
    `WITH estimated AS (
       SELECT "id", "words", "rest" FROM (
         SELECT c."id", c."fullName", ${estimate.words} AS "words", ${estimate.rest} AS "rest"
           FROM (SELECT "id", "fullName", "occupationCodes", "resumeStems" || '{}'::text[] AS stems,
                        "mentionedSkills" || '{}'::text[] AS mentioned,
                        "technicalSkills" || "tools" || "softSkills" || "mentionedSkills" AS skills
                   FROM "Candidate" WHERE ${ofLevel} AND (${estimate.found}) OFFSET 0) AS c
         OFFSET 0) AS scored
        ORDER BY "words" + "rest" DESC, "fullName", "id"
        LIMIT ${param(budget.estimated, "int")})
     SELECT e."id", e."words", e."rest", c."resumeWords" IS NOT NULL AS "read",
            array_to_string(c."resumeStems", chr(31)) AS "stems", array_to_string(c."resumeStemCounts", chr(31)) AS "counts",
            c."resumeLength" AS "length", encode(c."embedding", 'base64') AS "embedding", c."embeddingModel" AS "model"
       FROM estimated e JOIN "Candidate" c ON c."id" = e."id"`,
    params,
  );
  const refined = rows.map((row) => ({ id: row.id, estimate: refinedEstimate(row, job, corpus, model) }));
  refined.sort((a, b) => b.estimate - a.estimate);
  return refined.slice(0, budget.candidates).map((row) => row.id);
}

/**
 * The estimate the database computes: one term per looked-up word and skill (array containment on each
 * row's arrays, read once: no subquery per row), each the change in the logit that having it makes as far
 * as the columns tell; the words apart, since the refined estimate replaces them with lexical relevance.
 */
function databaseEstimate(
  job: PreparedJob,
  corpus: LexicalCorpus,
  model: Pick<ScoringModelDefinition, "terms">,
  lookUpBudget: number,
  param: (value: unknown, type: string) => string,
): { found: string; words: string; rest: string } {
  const weight = (signal: NumericSignalName) => model.terms[signal]?.weight ?? 0;
  const terms = telltaleTerms(job.query, corpus);
  const tech = job.requiredTechSkills;
  const required = [...tech, ...job.requiredSoftSkills];
  const occupationSkills = job.occupationSkills.slice(0, OCCUPATION_SKILLS);
  // Looked up: the most telling words, as long as the résumés using them stay within the budget.
  let documents = 0;
  const lookedUp = terms.filter(({ frequency }) => (documents += frequency) <= lookUpBudget);
  const anyCode = param(
    job.occupations.map((fit) => fit.code),
    "text[]",
  );
  const anySkill = param([...new Set([...required, ...occupationSkills])], "text[]");
  const has = (column: string, value: string) => `(${column} @> ARRAY[${param(value, "text")}])::int`;
  const times = (factor: number, term: string) => `${factor}::float8 * ${term}`;
  const sum = (parts: string[]) => (parts.length === 0 ? "0::float8" : `(${parts.join(" + ")})`);
  return {
    found: `"resumeStems" && ${param(
      lookedUp.map(({ term }) => term),
      "text[]",
    )} OR "technicalSkills" && ${anySkill} OR "tools" && ${anySkill} OR "softSkills" && ${anySkill}
      OR "mentionedSkills" && ${anySkill} OR "occupationCodes" && ${anyCode}`,
    words: sum(terms.map(({ term, share }) => times(weight("lexical_relevance") * share, has("c.stems", term)))),
    rest: sum([
      ...tech.map((skill) =>
        times(weight("tech_skill_coverage") / tech.length - weight("missing_required_skills"), has("c.skills", skill)),
      ),
      ...required.map((skill) =>
        times(weight("required_skills_evidenced") / required.length, has("c.mentioned", skill)),
      ),
      ...occupationSkills.map((skill) =>
        times(weight("occupation_skills_evidenced") / occupationSkills.length, has("c.mentioned", skill)),
      ),
      times(weight("occupation_similarity"), `(c."occupationCodes" && ${anyCode})::int`),
    ]),
  };
}

interface EstimatedRow {
  id: string;
  words: number;
  rest: number;
  read: boolean;
  stems: string | null;
  counts: string | null;
  length: number;
  embedding: string | null;
  model: string | null;
}

/** The database's estimate with words and meaning as the score has them: lexical relevance and similarity. */
function refinedEstimate(
  row: EstimatedRow,
  job: PreparedJob,
  corpus: LexicalCorpus,
  model: Pick<ScoringModelDefinition, "terms">,
): number {
  const stems = row.read && row.stems ? row.stems.split(SEPARATOR) : [];
  const counts = row.counts ? row.counts.split(SEPARATOR).map(Number) : [];
  const terms = row.read
    ? { counts: new Map(stems.map((stem, index) => [stem, counts[index] ?? 1])), length: row.length }
    : null;
  const similarity = row.embedding && row.model ? similarityTo(job.embedding, row.model, row.embedding) : null;
  return (
    Number(row.rest) +
    termContribution(model, "lexical_relevance", lexicalRelevance(job.query, terms, corpus)) +
    termContribution(model, "semantic_similarity", similarity)
  );
}
