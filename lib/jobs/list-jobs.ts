import "server-only";
import { db } from "@/lib/db";
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
  targetSeniority: true,
  openedAt: true,
  closedAt: true,
} satisfies Prisma.JobSelect;

export type JobSummary = Prisma.JobGetPayload<{ select: typeof jobSummarySelect }>;

export async function listJobs({ input }: { input: ListJobsInput }): Promise<{ items: JobSummary[]; total: number }> {
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
  return { items, total };
}
