import "server-only";
import { seniorityLevel, type SeniorityLevel } from "@/lib/vocabulary/levels";
import { db } from "@/lib/db";
import { isoOrNull } from "@/lib/util/dates";

export interface ScoringJob {
  id: string;
  title: string;
  department: string;
  location: string | null;
  recruiterId: string | null;
  /** Null when the stored date cannot be read. */
  openedAt: string | null;
  requiredTechSkills: string[];
  requiredSoftSkills: string[];
  targetSeniority: SeniorityLevel | null;
}

const select = {
  id: true,
  title: true,
  department: true,
  location: true,
  recruiterId: true,
  openedAt: true,
  requiredTechSkills: true,
  requiredSoftSkills: true,
  niceToHaveSkills: true,
  workArrangement: true,
  targetSeniority: true,
} as const;

/** Open jobs with what a score against them needs (the job context of the scoring payload). */
export async function listScoringJobs({ input = {} }: { input?: { id?: string } } = {}): Promise<ScoringJob[]> {
  const rows = await db.job.findMany({
    where: { closedAt: null, ...(input.id ? { id: input.id } : {}) },
    select,
    orderBy: { title: "asc" },
  });
  return rows.map((row) => ({
    ...row,
    openedAt: isoOrNull(row.openedAt),
    targetSeniority: seniorityLevel.safeParse(row.targetSeniority).data ?? null,
  }));
}
