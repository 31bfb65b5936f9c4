import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AlertStatus, DriftEvaluation } from "./types";

// One report per window pair: running the check again for the same windows (a manual run on the day of
// the cron run) updates the report, and an alert already sent for it is never sent again.

export async function saveDriftReport({
  evaluation,
  runBy,
  durationMs,
  alertsConfigured,
}: {
  evaluation: DriftEvaluation;
  runBy: string;
  durationMs: number;
  /** Whether any alert channel (webhook, e-mail) is configured: a drifted report without one is "skipped". */
  alertsConfigured: boolean;
}): Promise<{ id: string; alertStatus: AlertStatus }> {
  const key = {
    currentStart: evaluation.current.start,
    currentEnd: evaluation.current.end,
    referenceStart: evaluation.reference.start,
    referenceEnd: evaluation.reference.end,
  };
  const existing = await db.driftReport.findUnique({
    where: { currentStart_currentEnd_referenceStart_referenceEnd: key },
    select: { id: true, alertStatus: true },
  });
  const alertStatus: AlertStatus =
    existing?.alertStatus === "sent"
      ? "sent"
      : evaluation.status !== "drifted"
        ? "none"
        : alertsConfigured
          ? "pending"
          : "skipped";
  const data = {
    referenceKind: evaluation.referenceKind,
    baselineId: evaluation.baselineId,
    referenceRows: evaluation.referenceRows,
    currentRows: evaluation.currentRows,
    status: evaluation.status,
    driftScore: evaluation.driftScore,
    driftedSignals: evaluation.driftedSignals,
    monitoredSignals: evaluation.monitoredSignals,
    threshold: evaluation.threshold,
    minRows: evaluation.minRows,
    metrics: evaluation.metrics as unknown as Prisma.InputJsonValue,
    embeddings: evaluation.embeddings as unknown as Prisma.InputJsonValue,
    settings: evaluation.settings as unknown as Prisma.InputJsonValue,
    alertStatus,
    ...(alertStatus === "sent" ? {} : { alertError: null }),
    runBy,
    durationMs: Math.round(durationMs),
  };
  const saved = existing
    ? await db.driftReport.update({ where: { id: existing.id }, data, select: { id: true } })
    : await db.driftReport.create({ data: { ...key, ...data }, select: { id: true } });
  return { id: saved.id, alertStatus };
}
