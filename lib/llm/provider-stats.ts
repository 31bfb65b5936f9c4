import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  GENERATION_USAGE_COLUMNS,
  generationUsage,
  type GenerationUsage,
  type GenerationUsageRow,
} from "@/lib/generations";

// Usage of each provider over a window, aggregated in SQL over Generation, so the admin view never loads
// the rows themselves.

export interface ProviderUsage extends GenerationUsage {
  provider: string;
}

export interface DailyProviderCalls {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  provider: string;
  succeeded: number;
  failed: number;
  p95LatencyMs: number | null;
}

export async function providerUsage({ since }: { since: Date }): Promise<ProviderUsage[]> {
  const rows = await db.$queryRaw<(GenerationUsageRow & { provider: string })[]>(Prisma.sql`
    SELECT g.provider, ${GENERATION_USAGE_COLUMNS}
      FROM "Generation" g
     WHERE g."createdAt" >= ${since}
     GROUP BY g.provider
     ORDER BY calls DESC, g.provider`);
  return rows.map((row) => ({ provider: row.provider, ...generationUsage(row) }));
}

export async function dailyProviderCalls({ since }: { since: Date }): Promise<DailyProviderCalls[]> {
  const rows = await db.$queryRaw<
    { day: string; provider: string; succeeded: number; failed: number; p95: number | null }[]
  >(Prisma.sql`
    SELECT to_char(date_trunc('day', "createdAt"), 'YYYY-MM-DD') AS day,
           provider,
           (count(*) FILTER (WHERE status = 'success'))::int AS succeeded,
           (count(*) FILTER (WHERE status <> 'success'))::int AS failed,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY "latencyMs")::float8 AS p95
      FROM "Generation"
     WHERE "createdAt" >= ${since}
     GROUP BY 1, 2
     ORDER BY 1, 2`);
  return rows.map((row) => ({
    day: row.day,
    provider: row.provider,
    succeeded: row.succeeded,
    failed: row.failed,
    p95LatencyMs: row.p95,
  }));
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
