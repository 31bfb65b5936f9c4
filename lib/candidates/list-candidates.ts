import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface ListCandidatesInput {
  search?: string;
  limit: number;
  offset: number;
}

export const candidateSummarySelect = {
  id: true,
  externalId: true,
  fullName: true,
  location: true,
  seniority: true,
  yearsExperienceRange: true,
  technicalSkills: true,
  createdAt: true,
} satisfies Prisma.CandidateSelect;

export type CandidateSummary = Prisma.CandidateGetPayload<{ select: typeof candidateSummarySelect }>;

export async function listCandidates({
  input,
}: {
  input: ListCandidatesInput;
}): Promise<{ items: CandidateSummary[]; total: number }> {
  const search = input.search?.trim();
  const where: Prisma.CandidateWhereInput = search
    ? {
        OR: [
          { fullName: { contains: search, mode: "insensitive" } },
          { location: { contains: search, mode: "insensitive" } },
          { technicalSkills: { has: search.toLowerCase() } },
        ],
      }
    : {};
  const [items, total] = await Promise.all([
    db.candidate.findMany({
      where,
      select: candidateSummarySelect,
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
      take: input.limit,
      skip: input.offset,
    }),
    db.candidate.count({ where }),
  ]);
  return { items, total };
}
