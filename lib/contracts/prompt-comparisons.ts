import { z } from "zod";
import { defineContract } from "@/lib/http/contract";
import type {
  ComparisonItemView,
  ComparisonRecord,
  ComparisonSummary,
  ComparisonView,
  Estimate,
  Paired,
  SideView,
} from "@/lib/prompt-comparisons";
import { versionNumberSchema } from "@/lib/vocabulary/prompt-schemas";
import { idParams, isoDateTime, pageOf, pageQuery } from "./common";
import { nameParams, READ, WRITE } from "./prompts";

// Comparisons of two prompt versions on a dataset: started and cancelled by admins, read by any signed-in
// user. Runs are asynchronous: POST answers 202 with the queued comparison; poll GET for progress.

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const sample = { size: z.number().int().min(1).max(1000).optional(), order: z.enum(["random", "recent"]).optional() };
const ids = z.array(z.string().min(1).max(64)).min(1).max(1000).optional();

export const datasetJson = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("candidates"), ids, ...sample }).strict(),
  z.object({ kind: z.literal("jobs"), ids, ...sample }).strict(),
  z
    .object({
      kind: z.literal("upload"),
      format: z.enum(["json", "csv"]),
      content: z.string().min(1).max(4_000_000),
      filename: z.string().trim().max(200).optional(),
    })
    .strict(),
]);

export const startComparisonBody = z
  .object({
    version_a: versionNumberSchema,
    version_b: versionNumberSchema,
    dataset: datasetJson,
    job_id: z.string().min(1).max(64).nullable().optional(),
    seed: z.number().int().min(0).max(2_147_483_647).optional(),
  })
  .strict()
  .refine((body) => body.version_a !== body.version_b, {
    message: "compare two different versions",
    path: ["version_b"],
  });

const estimateJson = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
});
const pairedJson = z.object({ a: z.number().nullable(), b: z.number().nullable(), diff: estimateJson });

export const summaryJson = z.object({
  items: z.number().int(),
  resamples: z.number().int(),
  validity: pairedJson,
  latency_p50_ms: pairedJson,
  latency_p95_ms: pairedJson,
  tokens_per_1000: pairedJson,
  cost_per_1000_usd: pairedJson,
  agreement: estimateJson,
  fields: z.array(z.object({ field: z.string(), rate: estimateJson, compared: z.number().int() })),
  scores: z
    .object({
      compared: z.number().int(),
      mean_a: z.number().nullable(),
      mean_b: z.number().nullable(),
      mean_change: estimateJson,
      spearman: estimateJson,
      band_changes: z.object({
        count: z.number().int(),
        rate: estimateJson,
        transitions: z.array(z.object({ from: z.string(), to: z.string(), count: z.number().int() })),
      }),
    })
    .nullable(),
});
export type SummaryJson = z.infer<typeof summaryJson>;

const statusJson = z.enum(["queued", "running", "completed", "cancelled", "failed"]);

const comparisonBaseJson = z.object({
  id: z.string(),
  prompt: z.string(),
  task: z.string(),
  version_a: z.number().int(),
  version_b: z.number().int(),
  dataset: z.object({ kind: z.string(), label: z.string() }),
  job: z.object({ id: z.string(), title: z.string() }).nullable(),
  status: statusJson,
  total: z.number().int(),
  completed: z.number().int(),
  chain: z.array(z.string()),
  error: z.string().nullable(),
  created_by: z.string(),
  created_at: isoDateTime,
  started_at: isoDateTime.nullable(),
  finished_at: isoDateTime.nullable(),
  summary: summaryJson.nullable(),
});

export const comparisonJson = comparisonBaseJson.extend({
  builtin_answers: z.object({ a: z.number().int(), b: z.number().int() }),
  score_points: z.array(z.object({ position: z.number().int(), label: z.string(), a: z.number(), b: z.number() })),
});
export type ComparisonJson = z.infer<typeof comparisonJson>;

const sideJson = z.object({
  valid: z.boolean().nullable(),
  output: z.unknown(),
  error: z.string().nullable(),
  provider: z.string().nullable(),
  latency_ms: z.number().nullable(),
  tokens: z.number().nullable(),
  cost_usd: z.number().nullable(),
  score: z.number().nullable(),
  band: z.string().nullable(),
});

const fieldDiffJson = z.discriminatedUnion("kind", [
  z.object({
    field: z.string(),
    kind: z.literal("list"),
    same: z.boolean(),
    added: z.array(z.string()),
    removed: z.array(z.string()),
  }),
  z.object({ field: z.string(), kind: z.literal("value"), same: z.boolean(), from: z.unknown(), to: z.unknown() }),
]);

export const comparisonItemJson = z.object({
  id: z.string(),
  position: z.number().int(),
  label: z.string(),
  candidate_id: z.string().nullable(),
  job_id: z.string().nullable(),
  input: z.unknown(),
  status: z.enum(["pending", "done"]),
  a: sideJson,
  b: sideJson,
  fields: z.array(fieldDiffJson).nullable(),
  changed: z.boolean(),
});
export type ComparisonItemJson = z.infer<typeof comparisonItemJson>;

export const comparisonItemPageJson = pageOf(comparisonItemJson);
export const comparisonListJson = z.object({ items: z.array(comparisonBaseJson) });

export const listComparisons = defineContract({
  method: "GET",
  path: "/api/prompts/{name}/comparisons",
  summary: "Comparisons run on a prompt's versions, newest first",
  tags: ["prompts"],
  auth: READ,
  params: nameParams,
  response: comparisonListJson,
});

export const startComparison = defineContract({
  method: "POST",
  path: "/api/prompts/{name}/comparisons",
  summary:
    "Run two versions side by side on stored candidates or jobs, or on an uploaded JSON/CSV of inputs (in the background)",
  tags: ["prompts"],
  auth: WRITE,
  params: nameParams,
  body: startComparisonBody,
  response: comparisonJson,
  successStatus: 202,
  maxBodyBytes: MAX_UPLOAD_BYTES,
});

export const getComparison = defineContract({
  method: "GET",
  path: "/api/prompt-comparisons/{id}",
  summary:
    "A comparison's progress and results: validity, latency, tokens, cost, agreement per field and score effect, each B − A with a bootstrap 95% interval",
  tags: ["prompts"],
  auth: READ,
  params: idParams,
  response: comparisonJson,
});

export const listComparisonItems = defineContract({
  method: "GET",
  path: "/api/prompt-comparisons/{id}/items",
  summary: "The items of a comparison: both outputs side by side with a field-level diff",
  tags: ["prompts"],
  auth: READ,
  params: idParams,
  query: pageQuery.extend({ changed: z.enum(["true", "false"]).optional() }).strict(),
  response: comparisonItemPageJson,
});

export const cancelComparison = defineContract({
  method: "POST",
  path: "/api/prompt-comparisons/{id}/cancel",
  summary: "Stop a queued or running comparison (finished items are kept)",
  tags: ["prompts"],
  auth: WRITE,
  params: idParams,
  response: comparisonJson,
});

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const estimate = (value: Estimate) => ({ value: value.value, low: value.low, high: value.high });
const paired = (value: Paired) => ({ a: value.a, b: value.b, diff: estimate(value.diff) });

export function presentSummary(summary: ComparisonSummary): SummaryJson {
  return {
    items: summary.items,
    resamples: summary.resamples,
    validity: paired(summary.validity),
    latency_p50_ms: paired(summary.latencyP50),
    latency_p95_ms: paired(summary.latencyP95),
    tokens_per_1000: paired(summary.tokensPer1000),
    cost_per_1000_usd: paired(summary.costPer1000),
    agreement: estimate(summary.agreement),
    fields: summary.fields.map((field) => ({
      field: field.field,
      rate: estimate(field.rate),
      compared: field.compared,
    })),
    scores: summary.scores && {
      compared: summary.scores.compared,
      mean_a: summary.scores.meanA,
      mean_b: summary.scores.meanB,
      mean_change: estimate(summary.scores.meanChange),
      spearman: estimate(summary.scores.spearman),
      band_changes: {
        count: summary.scores.bandChanges.count,
        rate: estimate(summary.scores.bandChanges.rate),
        transitions: summary.scores.bandChanges.transitions,
      },
    },
  };
}

function presentBase(
  comparison: ComparisonRecord,
  summary: ComparisonSummary | null,
): z.infer<typeof comparisonBaseJson> {
  return {
    id: comparison.id,
    prompt: comparison.promptName,
    task: comparison.task,
    version_a: comparison.versionA,
    version_b: comparison.versionB,
    dataset: { kind: comparison.datasetKind, label: comparison.datasetLabel },
    job: comparison.job,
    status: comparison.status,
    total: comparison.total,
    completed: comparison.completed,
    chain: comparison.chain,
    error: comparison.error,
    created_by: comparison.createdByName,
    created_at: comparison.createdAt.toISOString(),
    started_at: iso(comparison.startedAt),
    finished_at: iso(comparison.finishedAt),
    summary: summary && presentSummary(summary),
  };
}

export function presentComparison(comparison: ComparisonView): ComparisonJson {
  return {
    ...presentBase(comparison, comparison.summary),
    builtin_answers: comparison.builtinAnswers,
    score_points: comparison.scorePoints,
  };
}

export function presentComparisonListItem(
  comparison: ComparisonRecord & { headline: ComparisonSummary | null },
): z.infer<typeof comparisonBaseJson> {
  return presentBase(comparison, comparison.headline);
}

function presentSide(side: SideView): z.infer<typeof sideJson> {
  return {
    valid: side.valid,
    output: side.output,
    error: side.error,
    provider: side.provider,
    latency_ms: side.latencyMs,
    tokens: side.tokens,
    cost_usd: side.costUsd,
    score: side.score,
    band: side.band,
  };
}

export function presentComparisonItem(item: ComparisonItemView): ComparisonItemJson {
  return {
    id: item.id,
    position: item.position,
    label: item.label,
    candidate_id: item.candidateId,
    job_id: item.jobId,
    input: item.input,
    status: item.status,
    a: presentSide(item.a),
    b: presentSide(item.b),
    fields: item.fields,
    changed: item.changed,
  };
}
