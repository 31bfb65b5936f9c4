import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { outcomeSelect } from "@/lib/inferences";

/** Every score a candidate received (refusals excluded), newest first, with its job and outcomes. */
export async function listCandidateScores({ input }: { input: { id: string } }) {
  const candidate = await db.candidate.findUnique({ where: { id: input.id }, select: { id: true } });
  if (!candidate) throw new NotFound("Candidate not found.");
  return db.inference.findMany({
    where: { candidateId: input.id, score: { not: null } },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      jobId: true,
      job: { select: { title: true } },
      score: true,
      band: true,
      modelVersion: true,
      source: true,
      createdAt: true,
      outcomes: { select: outcomeSelect, orderBy: { createdAt: "asc" } },
    },
  });
}

export type CandidateScore = Awaited<ReturnType<typeof listCandidateScores>>[number];
