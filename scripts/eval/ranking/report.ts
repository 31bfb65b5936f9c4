import type { Collection } from "./collection";
import type { Evaluation, EvaluationOptions } from "./evaluate";
import type { Interval } from "./metrics";

// The evaluation as text: what was measured on what, the table of metrics with intervals, the share of
// "missing" skills the résumés state, and (on request) each query's numbers.

const fixed = (value: number, signed = false) => (signed && value >= 0 ? "+" : "") + value.toFixed(3);
const interval = ({ mean, low, high }: Interval, signed = false) =>
  Number.isNaN(mean) ? "—" : `${fixed(mean, signed)} [${fixed(low, signed)}, ${fixed(high, signed)}]`;
const percent = (part: number, whole: number) => (whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)}%`);

export function formatEvaluation(
  directory: string,
  collection: Collection,
  options: EvaluationOptions,
  evaluation: Evaluation,
  perQuery = false,
): string {
  const measured = evaluation.queries.filter((query) => query.metrics !== null).length;
  const judgments = [...collection.qrels.values()].reduce((sum, judged) => sum + judged.size, 0);
  const pools = (kind: string) => evaluation.queries.filter((query) => query.pool === kind).length;
  const lines = [
    `Ranking evaluation of ${directory}`,
    `${collection.queries.length} queries (${measured} with a relevant document in their pool), ` +
      `${collection.documents.size} documents, ${judgments} judgments` +
      (collection.droppedJudgments > 0
        ? ` (${collection.droppedJudgments} naming unknown queries/documents dropped)`
        : ""),
    `Pools (--pool ${options.pool}): judged documents for ${pools("judged")} queries, the whole corpus for ${pools("corpus")}`,
    `Relevant for MAP: grade ≥ ${options.relevantMin}; nDCG gain 2^grade − 1; document frequencies: ${options.frequencies}`,
    `95% bootstrap intervals: ${options.samples} resamples of the queries, seed ${options.seed}; difference paired by query`,
    "",
    `${"metric".padEnd(8)}  ${"scorer".padEnd(24)}  ${"BM25".padEnd(24)}  scorer − BM25`,
    ...evaluation.summary.map(
      (row) =>
        `${row.metric.padEnd(8)}  ${interval(row.scorer).padEnd(24)}  ${interval(row.bm25).padEnd(24)}  ${interval(row.difference, true)}`,
    ),
    "",
    `"Missing" skills the résumé states verbatim: ${evaluation.missing.stated} of ${evaluation.missing.reported} ` +
      `(${percent(evaluation.missing.stated, evaluation.missing.reported)})`,
    ...evaluation.missing.examples.map((example) => `  ${example.queryId} / ${example.documentId}: "${example.skill}"`),
  ];
  if (perQuery) lines.push("", ...perQueryLines(evaluation));
  return lines.join("\n");
}

function perQueryLines(evaluation: Evaluation): string[] {
  return [
    "query               pool    size  nDCG@10 scorer / BM25   AP scorer / BM25   scorer's top 3",
    ...evaluation.queries.map((query) => {
      const metrics = query.metrics;
      const pair = (metric: "nDCG@10" | "MAP") =>
        metrics ? `${fixed(metrics.scorer[metric])} / ${fixed(metrics.bm25[metric])}` : "—";
      return [
        query.id.padEnd(18),
        query.pool.padEnd(7),
        String(query.poolSize).padStart(4),
        ` ${pair("nDCG@10").padEnd(24)}`,
        pair("MAP").padEnd(18),
        query.rankings.scorer.slice(0, 3).join(", "),
      ].join("  ");
    }),
  ];
}
