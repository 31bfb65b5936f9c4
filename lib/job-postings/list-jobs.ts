import "server-only";
import { db, dbDriver } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface ListJobsInput {
  search?: string;
  department?: string;
  limit: number;
  offset: number;
}

export const jobSummarySelect = {
  id: true,
  externalId: true,
  title: true,
  department: true,
  location: true,
  requiredTechSkills: true,
  requiredSoftSkills: true,
  niceToHaveSkills: true,
  workArrangement: true,
  targetSeniority: true,
  openedAt: true,
  closedAt: true,
} satisfies Prisma.JobSelect;

export type JobSummary = Prisma.JobGetPayload<{ select: typeof jobSummarySelect }>;

export type JobListItem = JobSummary & { scoredCandidates: number };

export async function listJobs({ input }: { input: ListJobsInput }): Promise<{ items: JobListItem[]; total: number }> {
  const search = input.search?.trim();
  const where: Prisma.JobWhereInput = {
    ...(input.department ? { department: input.department } : {}),
    ...(search
      ? {
          OR: [
            { title: { contains: search, mode: "insensitive" } },
            { department: { contains: search, mode: "insensitive" } },
            { requiredTechSkills: { has: search.toLowerCase() } },
          ],
        }
      : {}),
  };
  const [items, total] = await Promise.all([
    db.job.findMany({
      where,
      select: jobSummarySelect,
      orderBy: [{ openedAt: "desc" }, { id: "asc" }],
      take: input.limit,
      skip: input.offset,
    }),
    db.job.count({ where }),
  ]);
  const counts = await scoredCandidateCounts(items.map((item) => item.id));
  return { items: items.map((item) => ({ ...item, scoredCandidates: counts.get(item.id) ?? 0 })), total };
}

/** How many distinct stored candidates have been scored for each job. */
async function scoredCandidateCounts(jobIds: string[]): Promise<Map<string, number>> {
  if (jobIds.length === 0) return new Map();
  const rows = await dbDriver().query<{ jobId: string; count: string | number }>(
    `SELECT "jobId", count(DISTINCT "candidateId") AS "count" FROM "Inference"
      WHERE "jobId" = ANY($1) AND "candidateId" IS NOT NULL AND "score" IS NOT NULL GROUP BY "jobId"`,
    [jobIds],
  );
  return new Map(rows.map((row) => [row.jobId, Number(row.count)]));
}
