import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The usage figures of a group of traced calls (a provider's, a prompt version's), aggregated in SQL over
// "Generation" aliased `g` (percentiles by percentile_cont), so no view loads the rows themselves.

export interface GenerationUsage {
  calls: number;
  failures: number;
  failureRate: number;
  p50LatencyMs: number | null;
  p95LatencyMs: number | null;
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  costUsd: number;
}

export interface GenerationUsageRow {
  calls: number;
  failures: number;
  p50: number | null;
  p95: number | null;
  input_tokens: number;
  output_tokens: number;
  cached_tokens: number;
  cost_usd: number;
}

/** The select-list columns of a GenerationUsageRow, for a query that groups "Generation" g. */
export const GENERATION_USAGE_COLUMNS = Prisma.sql`
  count(*)::int AS calls,
  (count(*) FILTER (WHERE g.status <> 'success'))::int AS failures,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY g."latencyMs")::float8 AS p50,
  percentile_cont(0.95) WITHIN GROUP (ORDER BY g."latencyMs")::float8 AS p95,
  coalesce(sum(g."inputTokens"), 0)::float8 AS input_tokens,
  coalesce(sum(g."outputTokens"), 0)::float8 AS output_tokens,
  coalesce(sum(g."cachedTokens"), 0)::float8 AS cached_tokens,
  coalesce(sum(g."costUsd"), 0)::float8 AS cost_usd`;

export function generationUsage(row: GenerationUsageRow): GenerationUsage {
  return {
    calls: row.calls,
    failures: row.failures,
    failureRate: row.calls === 0 ? 0 : row.failures / row.calls,
    p50LatencyMs: row.p50,
    p95LatencyMs: row.p95,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    cachedTokens: row.cached_tokens,
    costUsd: row.cost_usd,
  };
}
