import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentDriftBaseline, type DriftBaselineSummary } from "./baseline";
import { readableMetrics } from "./readable-report";
import { recruiterNamesOf } from "./recruiter-names";
import type { AlertStatus, DriftSettings, DriftStatus, EmbeddingDrift, SignalDrift } from "./types";
import { driftVerdictSentence } from "./verdict";

const summarySelect = {
  id: true,
  currentStart: true,
  currentEnd: true,
  referenceStart: true,
  referenceEnd: true,
  referenceKind: true,
  baselineId: true,
  referenceRows: true,
  currentRows: true,
  status: true,
  driftScore: true,
  driftedSignals: true,
  monitoredSignals: true,
  threshold: true,
  minRows: true,
  alertStatus: true,
  alertAttempts: true,
  alertedAt: true,
  alertError: true,
  alertChannelsSent: true,
  runBy: true,
  durationMs: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.DriftReportSelect;

type SummaryRow = Prisma.DriftReportGetPayload<{ select: typeof summarySelect }>;

export type DriftReportSummary = Omit<SummaryRow, "status" | "alertStatus" | "referenceKind"> & {
  status: DriftStatus;
  alertStatus: AlertStatus;
  referenceKind: "trailing" | "pinned";
};

export interface DriftReportDetail extends DriftReportSummary {
  /** What drifted, in one sentence (the alert's words). */
  verdict: string;
  /** Signals by their plain names, the recruiter's bins by name where known. */
  metrics: SignalDrift[];
  embeddings: EmbeddingDrift[];
  settings: DriftSettings;
}

function summaryOf(row: SummaryRow): DriftReportSummary {
  return {
    ...row,
    status: row.status as DriftStatus,
    alertStatus: row.alertStatus as AlertStatus,
    referenceKind: row.referenceKind as "trailing" | "pinned",
  };
}

/** Reports, newest window first, with the baseline pinned now (if any). */
export async function listDriftReports({ input }: { input: { limit: number; offset: number } }): Promise<{
  items: DriftReportSummary[];
  total: number;
  baseline: DriftBaselineSummary | null;
}> {
  const [rows, total, baseline] = await Promise.all([
    db.driftReport.findMany({
      select: summarySelect,
      orderBy: [{ currentEnd: "desc" }, { createdAt: "desc" }],
      take: input.limit,
      skip: input.offset,
    }),
    db.driftReport.count(),
    currentDriftBaseline(),
  ]);
  return { items: rows.map(summaryOf), total, baseline };
}

export async function getDriftReport({ input }: { input: { id: string } }): Promise<DriftReportDetail> {
  const row = await db.driftReport.findUnique({
    where: { id: input.id },
    select: { ...summarySelect, metrics: true, embeddings: true, settings: true },
  });
  if (!row) throw new NotFound(`Drift report ${input.id} not found.`);
  const { metrics, embeddings, settings, ...summary } = row;
  const stored = metrics as unknown as SignalDrift[];
  const report = {
    ...summaryOf(summary),
    metrics: readableMetrics(stored, await recruiterNamesOf(stored)),
    embeddings: embeddings as unknown as EmbeddingDrift[],
    settings: settings as unknown as DriftSettings,
  };
  return { ...report, verdict: driftVerdictSentence(report) };
}
