import { backgroundCorpus, type LexicalCorpus, lexicalCorpusOfTexts } from "@/lib/scoring";
import { bm25Index } from "./bm25";
import type { Collection, Query } from "./collection";
import { averagePrecision, bootstrap, type Interval, type Judgments, ndcgAt } from "./metrics";
import { jobContextOf, scoreResume } from "./scorer";
import { emptyTally, type MissingTally, tallyMissing } from "./verbatim";

// Ranks each query's pool with the scorer and with BM25, measures both and their paired difference.
// Pools: "judged" — the query's judged documents; "corpus" — every document (unjudged count as 0);
// "auto" — judged when the query has both relevant and non-relevant judgments, else the corpus.
// The scorer ranks by logit (its score before rounding to one decimal); ties go to the lower document id.

export type PoolChoice = "judged" | "corpus" | "auto";
export type SystemName = "scorer" | "bm25";
export const METRICS = ["nDCG@5", "nDCG@10", "MAP"] as const;
export type MetricName = (typeof METRICS)[number];

export interface EvaluationOptions {
  pool: PoolChoice;
  /** Lowest grade MAP counts as relevant. */
  relevantMin: number;
  samples: number;
  seed: number;
  /** Document frequencies of lexical relevance: the collection's résumés, or the built-in background. */
  frequencies: "corpus" | "background";
  /** What "present" means in résumé date ranges (default: today). */
  now?: Date;
}

export interface QueryResult {
  id: string;
  pool: "judged" | "corpus";
  poolSize: number;
  rankings: Record<SystemName, string[]>;
  /** Null when the pool holds no relevant document. */
  metrics: Record<SystemName, Record<MetricName, number>> | null;
}

export interface Evaluation {
  queries: QueryResult[];
  summary: { metric: MetricName; scorer: Interval; bm25: Interval; difference: Interval }[];
  missing: MissingTally;
}

function poolOf(query: Query, collection: Collection, options: EvaluationOptions): QueryResult["pool"] {
  if (options.pool !== "auto") return options.pool;
  const grades = [...(collection.qrels.get(query.id)?.values() ?? [])];
  const mixed =
    grades.some((grade) => grade >= options.relevantMin) && grades.some((grade) => grade < options.relevantMin);
  return mixed ? "judged" : "corpus";
}

const ranked = (ids: readonly string[], score: (id: string) => number) =>
  ids
    .map((id) => ({ id, score: score(id) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id }) => id);

function measure(ranking: readonly string[], judgments: Judgments, relevantMin: number) {
  const values = {
    "nDCG@5": ndcgAt(ranking, judgments, 5),
    "nDCG@10": ndcgAt(ranking, judgments, 10),
    MAP: averagePrecision(ranking, judgments, relevantMin),
  };
  return Object.values(values).some((value) => value === null) ? null : (values as Record<MetricName, number>);
}

function lexicalCorpus(collection: Collection, options: EvaluationOptions): LexicalCorpus {
  const own = lexicalCorpusOfTexts([...collection.documents.values()]);
  return options.frequencies === "corpus" ? own : backgroundCorpus(own.averageLength);
}

export async function evaluateCollection(collection: Collection, options: EvaluationOptions): Promise<Evaluation> {
  const corpus = lexicalCorpus(collection, options);
  const bm25 = bm25Index(collection.documents);
  const missing = emptyTally();
  const queries: QueryResult[] = [];
  for (const query of collection.queries) {
    const judgments = collection.qrels.get(query.id) ?? new Map<string, number>();
    const pool = poolOf(query, collection, options);
    const ids = pool === "judged" ? [...judgments.keys()].sort() : [...collection.documents.keys()];
    const job = jobContextOf(query);
    const logits = new Map<string, number>();
    for (const id of ids) {
      const resume = collection.documents.get(id)!;
      const result = await scoreResume({ job, documentId: id, resume, corpus, now: options.now });
      logits.set(id, result.output.logit);
      tallyMissing(missing, { queryId: query.id, documentId: id, resume, missing: result.missingSkills });
    }
    const bm25Score = bm25.scorer([query.title, query.description, ...(query.requiredSkills ?? [])].join("\n"));
    const rankings = { scorer: ranked(ids, (id) => logits.get(id)!), bm25: ranked(ids, bm25Score) };
    const scorer = measure(rankings.scorer, judgments, options.relevantMin);
    const baseline = measure(rankings.bm25, judgments, options.relevantMin);
    const metrics = scorer && baseline ? { scorer, bm25: baseline } : null;
    queries.push({ id: query.id, pool, poolSize: ids.length, rankings, metrics });
  }
  return { queries, summary: summarise(queries, options), missing };
}

function summarise(queries: readonly QueryResult[], options: EvaluationOptions): Evaluation["summary"] {
  const measured = queries.flatMap((query) => (query.metrics ? [query.metrics] : []));
  const interval = (values: number[]) => bootstrap(values, options);
  return METRICS.map((metric) => {
    const scorer = measured.map((metrics) => metrics.scorer[metric]);
    const bm25 = measured.map((metrics) => metrics.bm25[metric]);
    return {
      metric,
      scorer: interval(scorer),
      bm25: interval(bm25),
      difference: interval(scorer.map((value, index) => value - bm25[index]!)),
    };
  });
}
