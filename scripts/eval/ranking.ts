// npm run eval:ranking -- <dir> [--pool judged|corpus|auto] [--relevant-min N] [--bootstrap N] [--seed N]
//                                [--df corpus|background] [--now YYYY-MM-DD] [--per-query]
// Ranks the candidates of each query of a TREC-style directory through the real scorer (built-in readers,
// default model, no database, no LLM) and through plain BM25 on the same pools, and prints nDCG@5,
// nDCG@10 and MAP with 95% bootstrap intervals (queries resampled, seeded) and the paired difference.
// Accepted input (details in ranking/collection.ts and ranking/qrels.ts; README "Measuring the scorer"):
//   queries/<qid>.txt   first non-empty line the job title, the rest the posting
//   queries/<qid>.json  { title, description, department?, required_skills?, target_seniority? }
//   corpus/<docid>.txt  a résumé, or corpus/<docid>.json { text }
//   qrels.tsv           `qid 0 docid rel` or `qid docid rel`, tabs or spaces, optional header, graded
// Each job is built as the app builds a job created from its posting (requirements read by the built-in
// job reader unless stated), each résumé is a candidate with only its text, and lexical document
// frequencies come from the directory's résumés (as the app takes them from its candidate pool).
import path from "node:path";
import { parseArgs } from "node:util";
import { loadCollection } from "./ranking/collection";
import { evaluateCollection, type EvaluationOptions, type PoolChoice } from "./ranking/evaluate";
import { formatEvaluation } from "./ranking/report";

const POOLS: readonly PoolChoice[] = ["judged", "corpus", "auto"];

function integer(name: string, raw: string, min: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min}, got "${raw}".`);
  return value;
}

export function parseOptions(argv: readonly string[]): { directory: string; perQuery: boolean } & EvaluationOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      pool: { type: "string", default: "auto" },
      "relevant-min": { type: "string", default: "1" },
      bootstrap: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
      df: { type: "string", default: "corpus" },
      now: { type: "string" },
      "per-query": { type: "boolean", default: false },
    },
  });
  if (positionals.length !== 1) throw new Error("Usage: npm run eval:ranking -- <dir> [options]");
  const pool = values.pool as PoolChoice;
  if (!POOLS.includes(pool)) throw new Error(`--pool must be one of ${POOLS.join(", ")}.`);
  if (values.df !== "corpus" && values.df !== "background") throw new Error("--df must be corpus or background.");
  const now = values.now === undefined ? undefined : new Date(`${values.now}T00:00:00Z`);
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now must be a date (YYYY-MM-DD), got "${values.now}".`);
  return {
    directory: path.resolve(positionals[0]!),
    perQuery: values["per-query"],
    pool,
    relevantMin: integer("relevant-min", values["relevant-min"], 1),
    samples: integer("bootstrap", values.bootstrap, 1),
    seed: integer("seed", values.seed, 0),
    frequencies: values.df,
    now,
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  const collection = loadCollection(options.directory);
  const evaluation = await evaluateCollection(collection, options);
  const shown = path.relative(process.cwd(), options.directory) || ".";
  console.log(formatEvaluation(shown, collection, options, evaluation, options.perQuery));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
