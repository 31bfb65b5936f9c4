import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { log } from "@/lib/log";
import { driftAlertMessage } from "./alert-message";
import type { AlertChannel } from "./delivery";
import type { EmbeddingDrift, SignalDrift } from "./types";

// Alerts go out after a report is stored: the new report if it drifted, and every drifted report whose
// alert failed before (a webhook that was down last week gets last week's alert now). Each channel that
// took a report's alert is recorded, so a retry only goes to the channels that failed; the report is
// marked sent once every configured channel has it. After MAX_ATTEMPTS failures it is no longer retried.

const MAX_ATTEMPTS = 5;
const BATCH = 20;

export interface AlertDelivery {
  sent: string[];
  failed: string[];
}

export async function deliverDriftAlerts({
  channels,
  now = new Date(),
}: {
  channels: AlertChannel[];
  now?: Date;
}): Promise<AlertDelivery> {
  const delivery: AlertDelivery = { sent: [], failed: [] };
  if (channels.length === 0) return delivery;
  const due = await db.driftReport.findMany({
    where: { status: "drifted", alertStatus: { in: ["pending", "failed"] }, alertAttempts: { lt: MAX_ATTEMPTS } },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: {
      id: true,
      currentStart: true,
      currentEnd: true,
      driftScore: true,
      threshold: true,
      driftedSignals: true,
      monitoredSignals: true,
      referenceRows: true,
      currentRows: true,
      metrics: true,
      embeddings: true,
      alertChannelsSent: true,
    },
  });
  for (const report of due) {
    const alert = driftAlertMessage(
      {
        ...report,
        driftScore: report.driftScore ?? 0,
        metrics: report.metrics as unknown as SignalDrift[],
        embeddings: report.embeddings as unknown as EmbeddingDrift[],
      },
      `${appUrl()}/drift?report=${encodeURIComponent(report.id)}`,
    );
    const owed = channels.filter((channel) => !report.alertChannelsSent.includes(channel.name));
    const results = await Promise.all(
      owed.map(async (channel) => ({ channel: channel.name, result: await channel.deliver(alert) })),
    );
    const alertChannelsSent = [
      ...report.alertChannelsSent,
      ...results.filter(({ result }) => result.ok).map(({ channel }) => channel),
    ];
    const errors = results.flatMap(({ channel, result }) => (result.ok ? [] : [`${channel}: ${result.error}`]));
    if (errors.length === 0) {
      await db.driftReport.update({
        where: { id: report.id },
        data: {
          alertStatus: "sent",
          alertedAt: now,
          alertError: null,
          alertChannelsSent,
          alertAttempts: { increment: 1 },
        },
      });
      delivery.sent.push(report.id);
    } else {
      await db.driftReport.update({
        where: { id: report.id },
        data: {
          alertStatus: "failed",
          alertError: errors.join("; "),
          alertChannelsSent,
          alertAttempts: { increment: 1 },
        },
      });
      log.warn("Drift alert delivery failed; the next run retries it", {
        reportId: report.id,
        reason: errors.join("; "),
      });
      delivery.failed.push(report.id);
    }
  }
  return delivery;
}
