import { educationLevel, experienceRange, seniorityLevel } from "@/lib/vocabulary/levels";
import { decodeVector } from "@/lib/embeddings";
import type { Prisma } from "@/lib/generated/prisma/client";
import { wholeDaysSince } from "@/lib/util/dates";
import { decodeWordHashes, hasWordHash } from "@/lib/util/words";
import type { PreparedCandidate, PreparedJob } from "./prepared";
import { titleTokens } from "./signals/text";

// Stored candidates and jobs, read into what the signals need without touching résumé text: the
// columns precomputed when a record is saved (lib/candidates/candidate-record.ts).

export const storedCandidateSelect = {
  id: true,
  fullName: true,
  location: true,
  technicalSkills: true,
  softSkills: true,
  tools: true,
  mentionedSkills: true,
  resumeWords: true,
  seniority: true,
  yearsExperienceRange: true,
  educationLevel: true,
  fieldOfStudy: true,
  hasDegree: true,
  hasEmail: true,
  hasPhone: true,
  hasLinkedin: true,
  hasAddress: true,
  completenessScore: true,
  embedding: true,
  embeddingModel: true,
} satisfies Prisma.CandidateSelect;

export type StoredCandidate = Prisma.CandidateGetPayload<{ select: typeof storedCandidateSelect }>;

export const storedJobSelect = {
  id: true,
  title: true,
  department: true,
  description: true,
  location: true,
  recruiterId: true,
  requiredTechSkills: true,
  requiredSoftSkills: true,
  targetSeniority: true,
  openedAt: true,
  embedding: true,
  embeddingModel: true,
  updatedAt: true,
} satisfies Prisma.JobSelect;

export type StoredJob = Prisma.JobGetPayload<{ select: typeof storedJobSelect }>;

/** Same place, or a remote job: local. Unknown on either side: unknown. */
export function isLocalTo(candidateLocation: string | null, jobLocation: string | null): boolean | null {
  if (!jobLocation) return null;
  if (jobLocation.trim().toLowerCase() === "remote") return true;
  if (!candidateLocation) return null;
  return candidateLocation.trim().toLowerCase() === jobLocation.trim().toLowerCase();
}

/** Days a job has been open; 0 when its stored date cannot be read (the signal carries no weight). */
export function daysSince(date: Date, now: Date): number {
  return wholeDaysSince(date, now.getTime()) ?? 0;
}

export function prepareStoredCandidate(row: StoredCandidate, job: Pick<StoredJob, "location">): PreparedCandidate {
  const words = row.resumeWords ? decodeWordHashes(row.resumeWords) : null;
  return {
    technicalSkills: row.technicalSkills,
    softSkills: row.softSkills,
    tools: row.tools,
    mentionedSkills: words ? new Set(row.mentionedSkills) : null,
    resumeHasWord: words ? (word) => hasWordHash(words, word) : null,
    seniority: seniorityLevel.safeParse(row.seniority).data ?? null,
    experienceRange: experienceRange.safeParse(row.yearsExperienceRange).data ?? null,
    educationLevel: educationLevel.safeParse(row.educationLevel).data ?? null,
    fieldOfStudy: row.fieldOfStudy,
    hasDegree: row.hasDegree,
    hasEmail: row.hasEmail,
    hasPhone: row.hasPhone,
    hasLinkedin: row.hasLinkedin,
    hasAddress: row.hasAddress,
    completeness: row.completenessScore,
    isLocal: isLocalTo(row.location, job.location),
    embedding:
      row.embedding && row.embeddingModel ? { vector: decodeVector(row.embedding), model: row.embeddingModel } : null,
  };
}

export function prepareStoredJob(row: StoredJob, now: Date): PreparedJob {
  return {
    title: row.title,
    titleTokens: titleTokens(row.title),
    department: row.department,
    recruiterId: row.recruiterId,
    daysSinceOpening: daysSince(row.openedAt, now),
    requiredTechSkills: row.requiredTechSkills,
    requiredSoftSkills: row.requiredSoftSkills,
    targetSeniority: seniorityLevel.safeParse(row.targetSeniority).data ?? null,
    embedding:
      row.embedding && row.embeddingModel ? { vector: decodeVector(row.embedding), model: row.embeddingModel } : null,
  };
}
