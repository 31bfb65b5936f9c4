import { z } from "zod";
import { defineContract } from "@/lib/http/contract";
import { scoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import type { FitReport, ModelActivation, ModelComparison, ModelVersionSummary } from "@/lib/scoring";
import { isoDateTime } from "./common";

const ADMIN = { session: "ADMIN", apiKey: "admin" } as const;
const band = z.enum(["strong", "possible", "weak"]);
const counts = z.object({ rows: z.number().int(), positives: z.number().int(), jobs: z.number().int() });

const evaluationJson = z.object({
  rows: z.number().int(),
  positives: z.number().int(),
  auc: z.number(),
  brier: z.number(),
  log_loss: z.number(),
  ece: z.number().describe("Expected calibration error over deciles of the predicted probability"),
  reliability: z.array(z.object({ count: z.number().int(), mean_predicted: z.number(), observed_rate: z.number() })),
});

export const fitReportJson = z
  .object({
    outcomes: counts,
    training: counts,
    held_out: counts.describe("Outcomes on jobs the fit never saw (zero-shot)"),
    held_out_jobs: z.array(z.string()),
    l2: z.number(),
    l2_chosen: z.enum(["cross-validation", "given"]),
    cross_validation: z.array(z.object({ l2: z.number(), log_loss: z.number() })),
    iterations: z.number().int(),
    converged: z.boolean(),
    held_out_evaluation: z.object({ fitted: evaluationJson, active: evaluationJson.extend({ version: z.string() }) }),
  })
  .describe("How a fitted version measured on held-out jobs, next to the model active when it was fitted");

export const modelVersionJson = z.object({
  version: z.string(),
  active: z.boolean(),
  notes: z.string(),
  created_at: isoDateTime,
  definition: scoringModelDefinition,
  fit: fitReportJson.nullable(),
});

const versionName = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, "use letters, digits and . _ - only");

const scoreJson = z.object({ score: z.number(), band });

export const activationJson = z.object({
  id: z.string(),
  version: z.string(),
  previous: z.string().nullable(),
  activated_by: z.string(),
  note: z.string(),
  created_at: isoDateTime,
});

export const comparisonJson = z.object({
  candidate: modelVersionJson,
  active: modelVersionJson,
  weights: z.array(
    z.object({
      signal: z.string(),
      label: z.string(),
      active: z.object({ weight: z.number(), reference: z.number() }).nullable(),
      candidate: z.object({ weight: z.number(), reference: z.number() }).nullable(),
    }),
  ),
  history: z.object({
    rows: z.number().int(),
    changed: z.number().int(),
    mean_absolute_change: z.number(),
    transitions: z.array(z.object({ from: band, to: band, count: z.number().int() })),
    examples: z.array(
      z.object({
        inference_id: z.string(),
        created_at: isoDateTime,
        job_title: z.string().nullable(),
        candidate_name: z.string().nullable(),
        active: scoreJson,
        candidate: scoreJson,
      }),
    ),
    points: z.array(z.object({ active: z.number(), candidate: z.number(), changed: z.boolean() })),
  }),
});

export type ModelVersionJson = z.infer<typeof modelVersionJson>;
export type ComparisonJson = z.infer<typeof comparisonJson>;
export type ActivationJson = z.infer<typeof activationJson>;

export const listModels = defineContract({
  method: "GET",
  path: "/api/admin/models",
  summary: "Versions of the scoring model's weights, which is active, and how fitted ones measured",
  tags: ["admin"],
  auth: ADMIN,
  response: z.object({ items: z.array(modelVersionJson) }),
});

export const createModel = defineContract({
  method: "POST",
  path: "/api/admin/models",
  summary: "Store new weights as a new model version (optionally activating it); no code change needed",
  tags: ["admin"],
  auth: ADMIN,
  body: z
    .object({
      version: versionName,
      definition: scoringModelDefinition,
      notes: z.string().max(2000).optional(),
      activate: z.boolean().optional(),
    })
    .strict(),
  response: modelVersionJson,
  successStatus: 201,
});

export const activateModel = defineContract({
  method: "POST",
  path: "/api/admin/models/{version}/activate",
  summary:
    "Make a stored model version the active one, audited without a note (see POST /api/admin/models/activations)",
  tags: ["admin"],
  auth: ADMIN,
  params: z.object({ version: versionName }),
  response: modelVersionJson,
});

export const compareModel = defineContract({
  method: "GET",
  path: "/api/admin/models/{version}/comparison",
  summary: "A model version against the active one: weights side by side, and recent scores rescored under both",
  tags: ["admin"],
  auth: ADMIN,
  params: z.object({ version: versionName }),
  query: z.object({ recent: z.coerce.number().int().min(1).max(5_000).default(500) }).strict(),
  response: comparisonJson,
});

export const listActivations = defineContract({
  method: "GET",
  path: "/api/admin/models/activations",
  summary: "The audit trail of model activations, newest first",
  tags: ["admin"],
  auth: ADMIN,
  query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }).strict(),
  response: z.object({ items: z.array(activationJson) }),
});

export const activateModelBody = z
  .object({
    version: versionName,
    note: z.string().trim().max(500).optional(),
    /** The version the caller believes is active; when another is, the activation is refused with 409. */
    expected_active: versionName.nullable().optional(),
  })
  .strict();

export const activationResultJson = z.object({
  model: modelVersionJson,
  activation: activationJson.nullable().describe("null when the version was already active (nothing recorded)"),
});

export const createActivation = defineContract({
  method: "POST",
  path: "/api/admin/models/activations",
  summary: "Activate a model version with a note; refused (409) if the active version is not the one expected",
  tags: ["admin"],
  auth: ADMIN,
  body: activateModelBody,
  response: activationResultJson,
});

const iso = (date: Date) => date.toISOString();

export function presentFitReport(report: FitReport): z.infer<typeof fitReportJson> {
  const evaluation = (e: FitReport["heldOutEvaluation"]["fitted"]) => ({
    rows: e.rows,
    positives: e.positives,
    auc: e.auc,
    brier: e.brier,
    log_loss: e.logLoss,
    ece: e.ece,
    reliability: e.reliability.map((bin) => ({
      count: bin.count,
      mean_predicted: bin.meanPredicted,
      observed_rate: bin.observedRate,
    })),
  });
  return {
    outcomes: report.outcomes,
    training: report.training,
    held_out: report.heldOut,
    held_out_jobs: report.heldOutJobs,
    l2: report.l2,
    l2_chosen: report.l2Chosen,
    cross_validation: report.crossValidation.map((entry) => ({ l2: entry.l2, log_loss: entry.logLoss })),
    iterations: report.iterations,
    converged: report.converged,
    held_out_evaluation: {
      fitted: evaluation(report.heldOutEvaluation.fitted),
      active: { version: report.heldOutEvaluation.active.version, ...evaluation(report.heldOutEvaluation.active) },
    },
  };
}

export function presentModelVersion(model: ModelVersionSummary): ModelVersionJson {
  return {
    version: model.version,
    active: model.active,
    notes: model.notes,
    created_at: iso(model.createdAt),
    definition: model.definition,
    fit: model.fit ? presentFitReport(model.fit) : null,
  };
}

export function presentActivation(activation: ModelActivation): ActivationJson {
  return {
    id: activation.id,
    version: activation.version,
    previous: activation.previous,
    activated_by: activation.activatedBy,
    note: activation.note,
    created_at: iso(activation.createdAt),
  };
}

export function presentComparison(comparison: ModelComparison): ComparisonJson {
  const { history } = comparison;
  return {
    candidate: presentModelVersion(comparison.candidate),
    active: presentModelVersion(comparison.active),
    weights: comparison.weights,
    history: {
      rows: history.rows,
      changed: history.changed,
      mean_absolute_change: history.meanAbsoluteChange,
      transitions: history.transitions,
      examples: history.examples.map((row) => ({
        inference_id: row.inferenceId,
        created_at: iso(row.createdAt),
        job_title: row.jobTitle,
        candidate_name: row.candidateName,
        active: row.active,
        candidate: row.candidate,
      })),
      points: history.points,
    },
  };
}
