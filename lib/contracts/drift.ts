import { z } from "zod";
import type { DriftBaselineSummary, DriftReportDetail, DriftReportSummary, DriftRunSummary } from "@/lib/drift";
import { EMBEDDING_THRESHOLDS } from "@/lib/vocabulary/drift-thresholds";
import { defineContract } from "@/lib/http/contract";
import { acceptedDateTime, idParams, isoDateTime, pageQuery } from "./common";

// Drift monitoring: the weekly check (cron, admin, CLI), its reports, and the pinned baseline.

const windowJson = z.object({ start: isoDateTime, end: isoDateTime });
const driftStatus = z.enum(["ok", "drifted", "insufficient_data"]);
const alertStatus = z.enum(["none", "skipped", "pending", "failed", "sent"]);
const testName = z.enum(["psi", "jensen_shannon", "wasserstein"]);

// What a check found, as both the run's answer and a stored report state it.
const driftVerdictFields = {
  status: driftStatus,
  drift_score: z.number().nullable(),
  threshold: z.number(),
  drifted_signals: z.number().int(),
  monitored_signals: z.number().int(),
  reference_rows: z.number().int(),
  current_rows: z.number().int(),
  min_rows: z.number().int(),
  current: windowJson,
  reference: windowJson,
  reference_kind: z.enum(["trailing", "pinned"]),
};

export const driftRunJson = z.object({
  report_id: z.string(),
  ...driftVerdictFields,
  alert_status: alertStatus,
  alerts_sent: z.number().int(),
  alerts_failed: z.number().int(),
  duration_ms: z.number().int(),
  top_drifted: z.array(z.object({ signal: z.string(), value: z.number() })),
});
export type DriftRunJson = z.infer<typeof driftRunJson>;

export const driftReportSummaryJson = z.object({
  id: z.string(),
  ...driftVerdictFields,
  baseline_id: z.string().nullable(),
  alert: z.object({
    status: alertStatus,
    attempts: z.number().int(),
    alerted_at: isoDateTime.nullable(),
    error: z.string().nullable(),
    /** Channels that took the alert: webhook, email. */
    channels_sent: z.array(z.enum(["webhook", "email"])),
  }),
  run_by: z.string(),
  duration_ms: z.number().int(),
  created_at: isoDateTime,
  updated_at: isoDateTime,
});
export type DriftReportSummaryJson = z.infer<typeof driftReportSummaryJson>;

export const signalDriftJson = z.object({
  signal: z.string(),
  label: z.string(),
  group: z.enum(["match", "candidate", "job", "output"]),
  kind: z.enum(["numeric", "categorical"]),
  test: testName,
  value: z.number(),
  /** The value at which the signal drifts: the larger of minimum_effect and chance_threshold. */
  threshold: z.number(),
  drifted: z.boolean(),
  /** The configured minimum effect of the test (null in reports written before it existed). */
  minimum_effect: z.number().nullable(),
  /** The value chance alone reaches with probability 1 % at these window sizes (null: Wasserstein, older reports). */
  chance_threshold: z.number().nullable(),
  beyond_chance: z.boolean().nullable(),
  /** Numeric signals: the mean's move in reference standard deviations (the effect size). */
  mean_shift_sd: z.number().nullable(),
  edges: z.array(z.number()).nullable(),
  bins: z.array(z.object({ label: z.string(), reference: z.number(), current: z.number() })),
});
export type SignalDriftJson = z.infer<typeof signalDriftJson>;

export const embeddingDriftJson = z.object({
  kind: z.enum(["candidate", "job"]),
  model: z.string().nullable(),
  status: driftStatus,
  reference_rows: z.number().int(),
  current_rows: z.number().int(),
  dimensions: z.number().int(),
  classifier_auc: z.number().nullable(),
  /** The AUC above which the classifier says drifted at these sample sizes (0.55, or chance when small). */
  classifier_threshold: z.number().nullable(),
  mean_distance: z.number().nullable(),
  drifted_component_share: z.number().nullable(),
  drifted: z.boolean(),
});
export type EmbeddingDriftJson = z.infer<typeof embeddingDriftJson>;

export const driftReportJson = driftReportSummaryJson.extend({
  /** What drifted, in one sentence: the signals over the threshold and/or the embeddings (the alert's words). */
  verdict: z.string(),
  signals: z.array(signalDriftJson),
  embeddings: z.array(embeddingDriftJson),
  embedding_thresholds: z.object({
    classifier_auc: z.number(),
    mean_distance: z.number(),
    drifted_component_share: z.number(),
  }),
  settings: z.record(
    z.string(),
    z.union([
      z.string(),
      z.number(),
      z.array(z.string()),
      // model_version_rows: rows per scoring model version, per window
      z.record(z.string(), z.record(z.string(), z.number())),
    ]),
  ),
});
export type DriftReportJson = z.infer<typeof driftReportJson>;

export const driftBaselineJson = z.object({
  id: z.string(),
  start: isoDateTime,
  end: isoDateTime,
  rows: z.number().int(),
  pinned_by: z.string(),
  pinned_at: isoDateTime,
  unpinned_at: isoDateTime.nullable(),
});
export type DriftBaselineJson = z.infer<typeof driftBaselineJson>;

export const driftReportListJson = z.object({
  items: z.array(driftReportSummaryJson),
  total: z.number().int().min(0),
  limit: z.number().int(),
  offset: z.number().int(),
  baseline: driftBaselineJson.nullable(),
});
export type DriftReportListJson = z.infer<typeof driftReportListJson>;

export const pinBaselineBody = z.object({ start: acceptedDateTime, end: acceptedDateTime }).strict();

export const runDriftCron = defineContract({
  method: "GET",
  path: "/api/cron/drift",
  summary:
    "Run the weekly drift check (scheduler, `Authorization: Bearer $CRON_SECRET`); 409 while a run is in progress",
  tags: ["drift"],
  auth: "cron",
  response: driftRunJson,
});

export const runDriftNow = defineContract({
  method: "POST",
  path: "/api/admin/drift/run",
  summary: "Run the drift check now for the last 7 whole days; 409 while a run is in progress",
  tags: ["drift"],
  auth: { session: "ADMIN", apiKey: "admin" },
  response: driftRunJson,
});

export const listDriftReports = defineContract({
  method: "GET",
  path: "/api/drift/reports",
  summary: "Drift reports, newest window first, with the pinned baseline",
  tags: ["drift"],
  auth: { session: "any", apiKey: "admin" },
  query: pageQuery.strict(),
  response: driftReportListJson,
});

export const getDriftReport = defineContract({
  method: "GET",
  path: "/api/drift/reports/{id}",
  summary: "One drift report: every signal's test, value, threshold and distributions; embedding drift; alert state",
  tags: ["drift"],
  auth: { session: "any", apiKey: "admin" },
  params: idParams,
  response: driftReportJson,
});

export const pinDriftBaseline = defineContract({
  method: "POST",
  path: "/api/admin/drift/baselines",
  summary: "Pin a past window as the reference of later drift checks (replaces the pinned one)",
  tags: ["drift"],
  auth: { session: "ADMIN", apiKey: "admin" },
  body: pinBaselineBody,
  response: driftBaselineJson,
  successStatus: 201,
});

export const unpinDriftBaseline = defineContract({
  method: "DELETE",
  path: "/api/admin/drift/baselines/{id}",
  summary: "Unpin a baseline: checks go back to the 28 days before each window",
  tags: ["drift"],
  auth: { session: "ADMIN", apiKey: "admin" },
  params: idParams,
  response: driftBaselineJson,
});

const iso = (date: Date) => date.toISOString();
const windowOf = (window: { start: Date; end: Date }) => ({ start: iso(window.start), end: iso(window.end) });

export function presentDriftRun(run: DriftRunSummary): DriftRunJson {
  return {
    report_id: run.reportId,
    status: run.status,
    drift_score: run.driftScore,
    threshold: run.threshold,
    drifted_signals: run.driftedSignals,
    monitored_signals: run.monitoredSignals,
    reference_rows: run.referenceRows,
    current_rows: run.currentRows,
    min_rows: run.minRows,
    current: windowOf(run.current),
    reference: windowOf(run.reference),
    reference_kind: run.referenceKind,
    alert_status: run.alertStatus,
    alerts_sent: run.alertsSent.length,
    alerts_failed: run.alertsFailed.length,
    duration_ms: run.durationMs,
    top_drifted: run.topDrifted,
  };
}

export function presentDriftReportSummary(report: DriftReportSummary): DriftReportSummaryJson {
  return {
    id: report.id,
    status: report.status,
    drift_score: report.driftScore,
    threshold: report.threshold,
    drifted_signals: report.driftedSignals,
    monitored_signals: report.monitoredSignals,
    reference_rows: report.referenceRows,
    current_rows: report.currentRows,
    min_rows: report.minRows,
    current: windowOf({ start: report.currentStart, end: report.currentEnd }),
    reference: windowOf({ start: report.referenceStart, end: report.referenceEnd }),
    reference_kind: report.referenceKind,
    baseline_id: report.baselineId,
    alert: {
      status: report.alertStatus,
      attempts: report.alertAttempts,
      alerted_at: report.alertedAt ? iso(report.alertedAt) : null,
      error: report.alertError,
      channels_sent: report.alertChannelsSent.filter(
        (channel): channel is "webhook" | "email" => channel === "webhook" || channel === "email",
      ),
    },
    run_by: report.runBy,
    duration_ms: report.durationMs,
    created_at: iso(report.createdAt),
    updated_at: iso(report.updatedAt),
  };
}

export function presentDriftReport(report: DriftReportDetail): DriftReportJson {
  return {
    ...presentDriftReportSummary(report),
    verdict: report.verdict,
    signals: report.metrics.map((metric) => ({
      signal: metric.signal,
      label: metric.label,
      group: metric.group,
      kind: metric.kind,
      test: metric.test,
      value: metric.value,
      threshold: metric.threshold,
      drifted: metric.drifted,
      minimum_effect: metric.minimumEffect ?? null,
      chance_threshold: metric.chanceThreshold ?? null,
      beyond_chance: metric.beyondChance ?? null,
      mean_shift_sd: metric.meanShiftSd ?? null,
      edges: metric.edges,
      bins: metric.bins,
    })),
    embeddings: report.embeddings.map((embedding) => ({
      kind: embedding.kind,
      model: embedding.model,
      status: embedding.status,
      reference_rows: embedding.referenceRows,
      current_rows: embedding.currentRows,
      dimensions: embedding.dimensions,
      classifier_auc: embedding.classifierAuc,
      classifier_threshold: embedding.classifierThreshold ?? null,
      mean_distance: embedding.meanDistance,
      drifted_component_share: embedding.driftedComponentShare,
      drifted: embedding.drifted,
    })),
    embedding_thresholds: {
      classifier_auc: EMBEDDING_THRESHOLDS.classifierAuc,
      mean_distance: EMBEDDING_THRESHOLDS.meanDistance,
      drifted_component_share: EMBEDDING_THRESHOLDS.driftedShare,
    },
    settings: Object.fromEntries(
      Object.entries(report.settings).map(([key, value]) => [
        key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
        value,
      ]),
    ),
  };
}

export function presentDriftBaseline(baseline: DriftBaselineSummary): DriftBaselineJson {
  return {
    id: baseline.id,
    start: iso(baseline.start),
    end: iso(baseline.end),
    rows: baseline.rows,
    pinned_by: baseline.pinnedBy,
    pinned_at: iso(baseline.createdAt),
    unpinned_at: baseline.unpinnedAt ? iso(baseline.unpinnedAt) : null,
  };
}
