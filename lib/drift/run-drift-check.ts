import "server-only";
import type { Actor } from "@/lib/auth";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { deliverDriftAlerts } from "./alerts";
import { alertChannels } from "./delivery";
import { evaluateDrift } from "./evaluate-drift";
import { actorName } from "@/lib/auth";
import { saveDriftReport } from "./save-report";
import type { DriftCheckInput } from "./settings";
import type { AlertStatus, DriftEvaluation } from "./types";

export interface DriftRunSummary {
  reportId: string;
  status: DriftEvaluation["status"];
  driftScore: number | null;
  threshold: number;
  driftedSignals: number;
  monitoredSignals: number;
  referenceRows: number;
  currentRows: number;
  minRows: number;
  current: DriftEvaluation["current"];
  reference: DriftEvaluation["reference"];
  referenceKind: DriftEvaluation["referenceKind"];
  /** This report's alert after delivery: sent, failed (retried next run), skipped (no channel) or none. */
  alertStatus: AlertStatus;
  /** Ids of reports whose alert went out in this run (this one, or earlier ones retried). */
  alertsSent: string[];
  alertsFailed: string[];
  durationMs: number;
  topDrifted: { signal: string; value: number }[];
  phases: DriftEvaluation["phases"];
}

/** Checks drift for one window pair, stores the report, and sends the alerts that are due. */
export async function runDriftCheck({
  ctx,
  input = {},
  now = new Date(),
}: {
  ctx: Actor;
  input?: DriftCheckInput;
  now?: Date;
}): Promise<DriftRunSummary> {
  const started = performance.now();
  const channels = alertChannels(env());
  const evaluation = await evaluateDrift({ input, now });
  const durationMs = performance.now() - started;
  const saved = await saveDriftReport({
    evaluation,
    runBy: actorName(ctx),
    durationMs,
    alertsConfigured: channels.length > 0,
  });
  const delivery = await deliverDriftAlerts({ channels, now });
  const alertStatus = delivery.sent.includes(saved.id)
    ? "sent"
    : delivery.failed.includes(saved.id)
      ? "failed"
      : saved.alertStatus;
  log.info("Drift check finished", {
    reportId: saved.id,
    status: evaluation.status,
    driftScore: evaluation.driftScore,
    referenceRows: evaluation.referenceRows,
    currentRows: evaluation.currentRows,
    alertsSent: delivery.sent.length,
    alertsFailed: delivery.failed.length,
    durationMs: Math.round(durationMs),
    phases: evaluation.phases,
  });
  return {
    reportId: saved.id,
    status: evaluation.status,
    driftScore: evaluation.driftScore,
    threshold: evaluation.threshold,
    driftedSignals: evaluation.driftedSignals,
    monitoredSignals: evaluation.monitoredSignals,
    referenceRows: evaluation.referenceRows,
    currentRows: evaluation.currentRows,
    minRows: evaluation.minRows,
    current: evaluation.current,
    reference: evaluation.reference,
    referenceKind: evaluation.referenceKind,
    alertStatus,
    alertsSent: delivery.sent,
    alertsFailed: delivery.failed,
    durationMs: Math.round(durationMs),
    topDrifted: evaluation.metrics
      .filter((metric) => metric.drifted)
      .sort((a, b) => b.value - a.value)
      .slice(0, 5)
      .map((metric) => ({ signal: metric.signal, value: metric.value })),
    phases: evaluation.phases,
  };
}
