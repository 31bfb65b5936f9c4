import "server-only";
import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { candidateDetailSelect, type CandidateDetail } from "./candidate-detail";
import { candidateRecords, type CandidateInput } from "./candidate-record";

export async function createCandidate({ ctx, input }: { ctx: Actor; input: CandidateInput }): Promise<CandidateDetail> {
  const [data] = await candidateRecords({ ctx, inputs: [input] });
  return db.candidate.create({ data: data!, select: candidateDetailSelect });
}

/** Creates or replaces the candidate an ATS knows by `externalId`. */
export async function upsertCandidateByExternalId({
  ctx,
  input,
}: {
  ctx: Actor;
  input: CandidateInput & { externalId: string };
}): Promise<{ candidate: CandidateDetail; created: boolean }> {
  const [data] = await candidateRecords({ ctx, inputs: [input] });
  const existing = await db.candidate.findUnique({ where: { externalId: input.externalId }, select: { id: true } });
  const candidate = await db.candidate.upsert({
    where: { externalId: input.externalId },
    create: data!,
    update: data!,
    select: candidateDetailSelect,
  });
  return { candidate, created: !existing };
}

export async function getCandidate({ input }: { input: { id: string } }): Promise<CandidateDetail> {
  const candidate = await db.candidate.findUnique({ where: { id: input.id }, select: candidateDetailSelect });
  if (!candidate) throw new NotFound("Candidate not found.");
  return candidate;
}
