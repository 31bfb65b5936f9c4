import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Usage of each provider over a window, aggregated in SQL over Generation (percentiles by
// percentile_cont), so the admin view never loads the rows themselves.

export interface ProviderUsage {
  provider: string;
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

export interface DailyProviderCalls {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  provider: string;
  succeeded: number;
  failed: number;
  p95LatencyMs: number | null;
}

interface UsageRow {
  provider: string;
  calls: number;
  failures: number;
  p50: number | null;
  p95: number | null;
  input_tokens: number;
  output_tokens: number;
  cached_tokens: number;
  cost_usd: number;
}

export async function providerUsage({ since }: { since: Date }): Promise<ProviderUsage[]> {
  const rows = await db.$queryRaw<UsageRow[]>(Prisma.sql`
    SELECT provider,
           count(*)::int AS calls,
           (count(*) FILTER (WHERE status <> 'success'))::int AS failures,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY "latencyMs")::float8 AS p50,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY "latencyMs")::float8 AS p95,
           coalesce(sum("inputTokens"), 0)::float8 AS input_tokens,
           coalesce(sum("outputTokens"), 0)::float8 AS output_tokens,
           coalesce(sum("cachedTokens"), 0)::float8 AS cached_tokens,
           coalesce(sum("costUsd"), 0)::float8 AS cost_usd
      FROM "Generation"
     WHERE "createdAt" >= ${since}
     GROUP BY provider
     ORDER BY calls DESC, provider`);
  return rows.map((row) => ({
    provider: row.provider,
    calls: row.calls,
    failures: row.failures,
    failureRate: row.calls === 0 ? 0 : row.failures / row.calls,
    p50LatencyMs: row.p50,
    p95LatencyMs: row.p95,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    cachedTokens: row.cached_tokens,
    costUsd: row.cost_usd,
  }));
}

export async function dailyProviderCalls({ since }: { since: Date }): Promise<DailyProviderCalls[]> {
  const rows = await db.$queryRaw<{ day: string; provider: string; succeeded: number; failed: number; p95: number | null }[]>(Prisma.sql`
    SELECT to_char(date_trunc('day', "createdAt"), 'YYYY-MM-DD') AS day,
           provider,
           (count(*) FILTER (WHERE status = 'success'))::int AS succeeded,
           (count(*) FILTER (WHERE status <> 'success'))::int AS failed,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY "latencyMs")::float8 AS p95
      FROM "Generation"
     WHERE "createdAt" >= ${since}
     GROUP BY 1, 2
     ORDER BY 1, 2`);
  return rows.map((row) => ({ day: row.day, provider: row.provider, succeeded: row.succeeded, failed: row.failed, p95LatencyMs: row.p95 }));
}

/** The latest failed call of each provider in the last 30 days, from the database (it outlives the process's breaker). */
export async function lastProviderErrors(): Promise<Map<string, { errorClass: string | null; at: Date }>> {
  const rows = await db.$queryRaw<{ provider: string; error_class: string | null; at: Date }[]>(Prisma.sql`
    SELECT DISTINCT ON (provider) provider, "errorClass" AS error_class, "createdAt" AS at
      FROM "Generation"
     WHERE status <> 'success' AND "createdAt" >= ${new Date(Date.now() - 30 * 24 * 3_600_000)}
     ORDER BY provider, "createdAt" DESC`);
  return new Map(rows.map((row) => [row.provider, { errorClass: row.error_class, at: new Date(row.at) }]));
}
