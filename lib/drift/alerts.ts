import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { log } from "@/lib/log";
import { driftAlertMessage } from "./alert-message";
import type { EmbeddingDrift, SignalDrift } from "./types";
import { postWebhook } from "./webhook";

// Alerts go out after a report is stored: the new report if it drifted, and every drifted report whose
// alert failed before (a webhook that was down last week gets last week's alert now). A report is marked
// sent only after the webhook accepted it; after MAX_ATTEMPTS failures it is no longer retried.

const MAX_ATTEMPTS = 5;
const BATCH = 20;

export interface AlertDelivery {
  sent: string[];
  failed: string[];
}

export async function deliverDriftAlerts({ webhookUrl, now = new Date() }: { webhookUrl: string | undefined; now?: Date }): Promise<AlertDelivery> {
  const delivery: AlertDelivery = { sent: [], failed: [] };
  if (!webhookUrl) return delivery;
  const due = await db.driftReport.findMany({
    where: { status: "drifted", alertStatus: { in: ["pending", "failed"] }, alertAttempts: { lt: MAX_ATTEMPTS } },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: {
      id: true, currentStart: true, currentEnd: true, driftScore: true, threshold: true, driftedSignals: true,
      monitoredSignals: true, referenceRows: true, currentRows: true, metrics: true, embeddings: true,
    },
  });
  for (const report of due) {
    const message = driftAlertMessage(
      {
        ...report,
        driftScore: report.driftScore ?? 0,
        metrics: report.metrics as unknown as SignalDrift[],
        embeddings: report.embeddings as unknown as EmbeddingDrift[],
      },
      `${appUrl()}/drift?report=${encodeURIComponent(report.id)}`,
    );
    const result = await postWebhook(webhookUrl, message);
    if (result.ok) {
      await db.driftReport.update({
        where: { id: report.id },
        data: { alertStatus: "sent", alertedAt: now, alertError: null, alertAttempts: { increment: 1 } },
      });
      delivery.sent.push(report.id);
    } else {
      await db.driftReport.update({
        where: { id: report.id },
        data: { alertStatus: "failed", alertError: result.error, alertAttempts: { increment: 1 } },
      });
      log.warn("Drift alert delivery failed; the next run retries it", { reportId: report.id, reason: result.error });
      delivery.failed.push(report.id);
    }
  }
  return delivery;
}
