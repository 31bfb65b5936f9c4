import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { storedFeatureVector } from "../stored-features";
import type { LabelledRow } from "./fit";

// The rows a fit learns from: every scored inference whose latest outcome is advanced, interviewed or hired
// (positive) or rejected (negative). Withdrawn says nothing about fit and is left out; band overrides are
// opinions, not outcomes. Rows are grouped by job: its external id (stable across databases, so a fit of
// the same history splits the same way), else its stored id, else the title a payload named.

interface OutcomeRow {
  id: string;
  jobId: string | null;
  externalId: string | null;
  jobTitle: string | null;
  features: unknown;
  kind: string;
}

export async function labelledOutcomes({ since, until }: { since?: Date; until?: Date } = {}): Promise<LabelledRow[]> {
  const rows = await db.$queryRaw<OutcomeRow[]>(Prisma.sql`
    SELECT i.id, i."jobId", j."externalId", i.payload::json -> 'job_context' -> 'metadata' ->> 'job_title' AS "jobTitle",
           i.features, latest.kind::text AS kind
      FROM (SELECT DISTINCT ON (o."inferenceId") o."inferenceId", o.kind
              FROM "Outcome" o
             WHERE o.kind IS NOT NULL
             ORDER BY o."inferenceId", o."createdAt" DESC, o.id DESC) latest
      JOIN "Inference" i ON i.id = latest."inferenceId"
      LEFT JOIN "Job" j ON j.id = i."jobId"
     WHERE latest.kind <> 'withdrawn' AND i.score IS NOT NULL AND i.features IS NOT NULL
       AND i."createdAt" >= ${since ?? new Date(0)} AND i."createdAt" < ${until ?? new Date(8.64e15)}
     ORDER BY i."createdAt", i.id`);
  return rows.map((row) => ({
    group: groupOf(row),
    positive: row.kind !== "rejected",
    features: storedFeatureVector(row.features),
  }));
}

function groupOf(row: OutcomeRow): string {
  if (row.externalId) return `external:${row.externalId}`;
  if (row.jobId) return `job:${row.jobId}`;
  return row.jobTitle ? `title:${row.jobTitle.trim().toLowerCase()}` : `inference:${row.id}`;
}
