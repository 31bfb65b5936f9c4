import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Production metrics of each version of a prompt, in SQL over Generation: every traced call that ran the
// version, except the calls comparisons made (those are measured on the comparison's own page).

export interface VersionMetrics {
  versionId: string;
  calls: number;
  failures: number;
  failureRate: number;
  p50LatencyMs: number | null;
  p95LatencyMs: number | null;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

interface Row {
  version_id: string;
  calls: number;
  failures: number;
  p50: number | null;
  p95: number | null;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
}

export async function promptVersionMetrics({ promptId }: { promptId: string }): Promise<Map<string, VersionMetrics>> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT g."promptVersionId" AS version_id,
           count(*)::int AS calls,
           (count(*) FILTER (WHERE g.status <> 'success'))::int AS failures,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY g."latencyMs")::float8 AS p50,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY g."latencyMs")::float8 AS p95,
           coalesce(sum(g."inputTokens"), 0)::float8 AS input_tokens,
           coalesce(sum(g."outputTokens"), 0)::float8 AS output_tokens,
           coalesce(sum(g."costUsd"), 0)::float8 AS cost_usd
      FROM "Generation" g
      JOIN "PromptVersion" v ON v.id = g."promptVersionId"
     WHERE v."promptId" = ${promptId} AND g."comparisonItemId" IS NULL
     GROUP BY g."promptVersionId"`);
  return new Map(
    rows.map((row) => [
      row.version_id,
      {
        versionId: row.version_id,
        calls: row.calls,
        failures: row.failures,
        failureRate: row.calls === 0 ? 0 : row.failures / row.calls,
        p50LatencyMs: row.p50,
        p95LatencyMs: row.p95,
        inputTokens: row.input_tokens,
        outputTokens: row.output_tokens,
        costUsd: row.cost_usd,
      },
    ]),
  );
}
