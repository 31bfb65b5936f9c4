import "server-only";
import { db, storedCandidateCount } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canonicalSkill } from "@/lib/skills";

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
  // A skill is searched as scoring reads it: "k8s" finds Kubernetes, listed or stated in the résumé.
  const skill = search ? canonicalSkill(search).id : "";
  const where: Prisma.CandidateWhereInput = search
    ? {
        OR: [
          { fullName: { contains: search, mode: "insensitive" } },
          { location: { contains: search, mode: "insensitive" } },
          ...(skill
            ? [
                { technicalSkills: { has: skill } },
                { softSkills: { has: skill } },
                { tools: { has: skill } },
                { mentionedSkills: { has: skill } },
              ]
            : []),
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
    search ? db.candidate.count({ where }) : storedCandidateCount(),
  ]);
  return { items, total };
}
