import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { summarizeComparison, type ComparisonSummary, type ItemResults } from "./summarize";

// Summaries are computed from the finished items: stored when a run completes (1,000 bootstrap
// resamples), computed on read while it runs or after a cancel (200 resamples: provisional numbers that
// progress polling asks for often), and memoised — while running, once per 2 % of progress.

const itemSelect = {
  validA: true,
  outputA: true,
  latencyA: true,
  tokensA: true,
  costA: true,
  scoreA: true,
  bandA: true,
  validB: true,
  outputB: true,
  latencyB: true,
  tokensB: true,
  costB: true,
  scoreB: true,
  bandB: true,
} as const;

async function itemResults(comparisonId: string): Promise<ItemResults[]> {
  const rows = await db.promptComparisonItem.findMany({
    where: { comparisonId, status: "done" },
    orderBy: { position: "asc" },
    select: itemSelect,
  });
  return rows.map((row) => ({
    a: {
      valid: row.validA ?? false,
      output: row.outputA,
      latencyMs: row.latencyA ?? 0,
      tokens: row.tokensA ?? 0,
      costUsd: row.costA ?? 0,
      score: row.scoreA,
      band: row.bandA,
    },
    b: {
      valid: row.validB ?? false,
      output: row.outputB,
      latencyMs: row.latencyB ?? 0,
      tokens: row.tokensB ?? 0,
      costUsd: row.costB ?? 0,
      score: row.scoreB,
      band: row.bandB,
    },
  }));
}

const memo = new Map<string, ComparisonSummary>();
const FINAL_RESAMPLES = 1000;
const LIVE_RESAMPLES = 200;

export async function computeSummary(comparison: {
  id: string;
  seed: number;
  completed: number;
  total: number;
  final?: boolean;
}): Promise<ComparisonSummary> {
  const step = comparison.final ? 1 : Math.max(1, Math.ceil(comparison.total / 50));
  const key = `${comparison.id}:${comparison.final ? "final" : "live"}:${Math.floor(comparison.completed / step)}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const resamples = comparison.final ? FINAL_RESAMPLES : LIVE_RESAMPLES;
  const summary = summarizeComparison(await itemResults(comparison.id), { seed: comparison.seed, resamples });
  if (memo.size > 50) memo.clear();
  memo.set(key, summary);
  return summary;
}

/** Marks a finished run completed with its summary (unless it was cancelled meanwhile). */
export async function storeSummary(id: string): Promise<void> {
  const row = await db.promptComparison.findUniqueOrThrow({
    where: { id },
    select: { id: true, seed: true, total: true },
  });
  const completed = await db.promptComparisonItem.count({ where: { comparisonId: id, status: "done" } });
  const summary = await computeSummary({ ...row, completed, final: true });
  await db.promptComparison.updateMany({
    where: { id, status: "running" },
    data: {
      status: "completed",
      completed,
      summary: JSON.parse(JSON.stringify(summary)) as object,
      finishedAt: new Date(),
    },
  });
}

/** A stored summary, as written by storeSummary (JSON round trip of ComparisonSummary). */
export function storedSummary(value: unknown): ComparisonSummary | null {
  return value && typeof value === "object" ? (value as ComparisonSummary) : null;
}

export const comparisonStatus = z.enum(["queued", "running", "completed", "cancelled", "failed"]);
export type ComparisonStatus = z.infer<typeof comparisonStatus>;
