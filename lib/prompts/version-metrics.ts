import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  GENERATION_USAGE_COLUMNS,
  generationUsage,
  type GenerationUsage,
  type GenerationUsageRow,
} from "@/lib/generations";

// Production metrics of each version of a prompt, in SQL over Generation: every traced call that ran the
// version, except the calls comparisons made (those are measured on the comparison's own page).

export interface VersionMetrics extends GenerationUsage {
  versionId: string;
}

export async function promptVersionMetrics({ promptId }: { promptId: string }): Promise<Map<string, VersionMetrics>> {
  const rows = await db.$queryRaw<(GenerationUsageRow & { version_id: string })[]>(Prisma.sql`
    SELECT g."promptVersionId" AS version_id, ${GENERATION_USAGE_COLUMNS}
      FROM "Generation" g
      JOIN "PromptVersion" v ON v.id = g."promptVersionId"
     WHERE v."promptId" = ${promptId} AND g."comparisonItemId" IS NULL
     GROUP BY g."promptVersionId"`);
  return new Map(rows.map((row) => [row.version_id, { versionId: row.version_id, ...generationUsage(row) }]));
}
