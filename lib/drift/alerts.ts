import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { driftAlertMessage } from "./alert-message";
import type { AlertChannel } from "./delivery";
import type { DriftStatus, EmbeddingDrift, SignalDrift } from "./types";

// Alerts go out after a report is stored: the new report if it drifted, and every drifted report whose
// alert failed before (a webhook that was down last week gets last week's alert now). Each channel that
// took a report's alert is recorded, so a retry only goes to the channels that failed; the report is
// marked sent once every configured channel has it. After MAX_ATTEMPTS failures it is no longer retried.
//
// A channel configured after a report was alerted (or while none was) hears about the drift that is
// still open: the newest judged report, when it drifted, goes to every channel that has not had it.
// Older drifted reports, and any report once a newer one found no drift, are history and stay unsent.

const MAX_ATTEMPTS = 5;
const BATCH = 20;

const reportSelect = {
  id: true,
  status: true,
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
  alertAttempts: true,
  alertedAt: true,
} satisfies Prisma.DriftReportSelect;

type DueReport = Prisma.DriftReportGetPayload<{ select: typeof reportSelect }>;

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
  const [retries, open] = await Promise.all([
    db.driftReport.findMany({
      where: { status: "drifted", alertStatus: { in: ["pending", "failed"] }, alertAttempts: { lt: MAX_ATTEMPTS } },
      orderBy: { createdAt: "asc" },
      take: BATCH,
      select: reportSelect,
    }),
    openDriftOwed(channels),
  ]);
  const due = open && !retries.some((report) => report.id === open.id) ? [...retries, open] : retries;
  for (const report of due) {
    const delivered = await deliverReport(report, channels, now);
    (delivered ? delivery.sent : delivery.failed).push(report.id);
  }
  return delivery;
}

/** The newest report that judged its window, if it drifted and a configured channel has not had it. */
async function openDriftOwed(channels: AlertChannel[]): Promise<DueReport | null> {
  const latest = await db.driftReport.findFirst({
    where: { status: { in: ["ok", "drifted"] } },
    orderBy: [{ currentEnd: "desc" }, { updatedAt: "desc" }],
    select: reportSelect,
  });
  if (latest?.status !== "drifted" || latest.alertAttempts >= MAX_ATTEMPTS) return null;
  return channels.some((channel) => !latest.alertChannelsSent.includes(channel.name)) ? latest : null;
}

/** Sends one report to the channels that have not had it; true when every one has it now. */
async function deliverReport(report: DueReport, channels: AlertChannel[], now: Date): Promise<boolean> {
  const alert = driftAlertMessage(
    {
      ...report,
      status: report.status as DriftStatus,
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
        // When it first went out; a channel added later does not move it.
        alertedAt: report.alertedAt ?? now,
        alertError: null,
        alertChannelsSent,
        alertAttempts: { increment: 1 },
      },
    });
    return true;
  }
  await db.driftReport.update({
    where: { id: report.id },
    data: { alertStatus: "failed", alertError: errors.join("; "), alertChannelsSent, alertAttempts: { increment: 1 } },
  });
  log.warn("Drift alert delivery failed; the next run retries it", { reportId: report.id, reason: errors.join("; ") });
  return false;
}
